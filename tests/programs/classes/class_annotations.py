# Class-body annotations: recorded in __annotations__ in order, after the assignment;
# nested blocks count; methods' local annotations are not evaluated; subclasses get their own
# (empty) dict; complex targets are evaluated but not stored; an annotation's errors raise.
class Point:
    x: int
    y: float = 0.5
    label: "str" = "p"
    if True:
        extra: bool = True
    for _i in range(1):
        looped: int = _i

    def method(self):
        local: undefined_name = 3
        return local


print(Point.__annotations__)
print(Point.y, Point.label, Point.extra, Point().method(), "x" in Point.__dict__)


class Plain:
    pass


class Child(Point):
    z: Plain = 1


print(Child.__annotations__, Plain.__annotations__, Plain.__annotations__ is Plain.__annotations__)
print("__annotations__" in Plain.__dict__, Point.__annotations__ is Point.__dict__["__annotations__"])


class Holder:
    items = {}
    items["k"]: int = 5
    obj = Plain()
    obj.attr: str = "set"


print(Holder.__annotations__, Holder.items, Holder.obj.attr)


def order(tag):
    print("evaluate", tag)
    return tag


class Ordered:
    a: order("annotation a") = order("value a")
    b: order("annotation b")


print(Ordered.__annotations__)


class Broken:
    ok: int = 1
    bad: missing_type
