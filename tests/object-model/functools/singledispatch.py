from functools import singledispatch, singledispatchmethod
@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return "list of " + ", ".join(show(i) for i in x)
@show.register
def _(x: bool):
    return f"bool {x}"
print(show(1), show(True), show("s"), show([1, "a", False]), show(2.5))
print(show.dispatch(int).__name__ == "_", sorted(t.__name__ for t in show.registry))
class Fmt:
    @singledispatchmethod
    def fmt(self, x):
        return "?"
    @fmt.register
    def _(self, x: float):
        return f"{x:.1f}"
print(Fmt().fmt(2.25), Fmt().fmt("s"))
