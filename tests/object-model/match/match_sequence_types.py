from collections import deque
def f(x):
    match x:
        case [a, b, *_]:
            return f"seq {a} {b}"
        case {"k": _}:
            return "map"
        case _:
            return "no"
for v in [[1, 2], (1, 2, 3), deque([5, 6]), range(3), "ab", b"ab", bytearray(b"ab"), {"k": 1}, {1, 2}, iter([1, 2])]:
    print(type(v).__name__, f(v))
