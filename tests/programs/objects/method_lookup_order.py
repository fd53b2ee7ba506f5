try:
    [].nope(1 / 0)
except Exception as e:
    print(type(e).__name__, e)
class A:
    def m(self, x):
        return "old", x
a = A()
def f():
    A.m = lambda self, x: ("new", x)
    return 1
print(a.m(f()))


# The same inside try blocks, where errors are routed to the handler.
def g():
    try:
        {}.nope(int("x"))
    except AttributeError as e:
        print("handled", e)
    try:
        return "abc".upper(undefined_name)
    except NameError as e:
        print("handled", e)
    finally:
        print("finally")


print(g())
x = 3
try:
    x.bit_length(x := "changed")
except TypeError as e:
    print(type(e).__name__, e, x)
print((5).bit_length(), "a,b".split(","), [3, 1, 2].index(2))
