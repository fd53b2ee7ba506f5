class Foo: pass
class Bar: pass
cases = [
    lambda: Foo() + Foo(),
    lambda: Foo() - 1,
    lambda: 1 * Foo(),
    lambda: Foo() / Bar(),
    lambda: Foo() @ Foo(),
    lambda: -Foo(),
    lambda: ~Foo(),
    lambda: abs(Foo()),
    lambda: Foo() ** 2,
    lambda: Foo() % "x",
    lambda: Foo() << 1,
    lambda: Foo() & Bar(),
    lambda: divmod(Foo(), 1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
x = Foo()
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
