# range() argument forms and errors.
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 4)), list(range(5, 0, -2)), list(range(-3)))
print(range(True, 3), list(range(2**64, 2**64 + 3)), len(range(0, 100, 7)))
for args in [(), (1, 2, 3, 4), ("1",), (1, 2.0), (0, 5, 0)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
