# Module-level annotations are recorded in the module's __annotations__ dict; an annotated
# name without a value is recorded but not bound.
print(__annotations__)
x: int = 1
y: "list[str]"
z: dict[str, int] = {"a": 1}
print(__annotations__)
print(x, "y" in globals(), "y" in dir(), "__annotations__" in dir())
try:
    print(y)
except NameError as e:
    print("NameError:", e)


class Box:
    size: int = 3
    label: str


print(Box.__annotations__, __annotations__ is globals()["__annotations__"])
print(sorted(globals()["__annotations__"]))


class Obj:
    pass


o = Obj()
o.attr: int = 5
lst = [0]
lst[0]: float = 2.5
(w): bool = True
print(o.attr, lst, w, sorted(__annotations__))

for i in range(2):
    loop_var: int = i
if True:
    cond_var: str = "s"
print(list(__annotations__))


def f():
    local: undefined_name = 1  # never evaluated in a function
    return local


print(f(), "local" in __annotations__)


def counted(tag):
    print("eval", tag)
    return tag


a1: counted("A") = counted("value")
print(__annotations__["a1"])
__annotations__ = {"replaced": True}
b1: int = 2
print(__annotations__)
del __annotations__
try:
    c1: int = 3
except NameError as e:
    print("NameError:", e, c1)
