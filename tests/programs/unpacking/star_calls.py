# Unpacking in calls and displays: *iterables, **mappings, several of each.
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), *"ab"))
print(f(**{"x": 1}, **{"y": 2}, z=3))
print(f(1, *range(2), 4, *[], **{}))
print([*"abc", *range(2)], (*[1], *[2]), {*[1, 2], *(2, 3)} == {1, 2, 3}, {"a": 1, **{"b": 2}, "c": 3})
print(*[1, 2, 3], sep="-")
print(*"hello")
print(max(*[3, 9, 2]), min(*"zebra"), divmod(*(17, 5)))
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
