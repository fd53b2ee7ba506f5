from contextlib import suppress, nullcontext
with suppress(KeyError, IndexError):
    [][1]
print("after suppress")
with suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("never")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError:", e)
with nullcontext("value") as v:
    print(v)
with nullcontext() as n:
    print(n)
def maybe_open(cm=None):
    with (cm or nullcontext("default")) as x:
        return x
print(maybe_open())
