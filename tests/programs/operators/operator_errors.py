# TypeError messages of binary operators with unsupported operand types.
cases = [(lambda: 1 + "a"), (lambda: "a" - "b"), (lambda: [1] - [1]), (lambda: {} + {}), (lambda: None + 1),
         (lambda: 1 < "a"), (lambda: [] > {}), (lambda: None < None), (lambda: 3 @ 4), (lambda: "a" / 2),
         (lambda: 2 ** "x"), (lambda: {1} * 2), (lambda: 1.5 & 1), (lambda: "x" % ()), (lambda: -{}), (lambda: len(5))]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
