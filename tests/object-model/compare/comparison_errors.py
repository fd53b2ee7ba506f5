class Foo: pass
class Bar: pass
for a, b in [(Foo(), Foo()), (Foo(), Bar()), (Foo(), 1), ("x", Foo())]:
    try:
        a < b
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([Foo(), Foo()])
except TypeError as e:
    print("TypeError:", e)
try:
    Foo() >= None
except TypeError as e:
    print("TypeError:", e)
f = Foo()
print(f == f, f != f, f == Foo(), f is f)
