class Foo: pass
f = Foo()
five, nothing, one = 5, None, 1
cases = [lambda: f(), lambda: f[0], lambda: f.__len__(), lambda: len(f), lambda: iter(f),
         lambda: f[0].__class__, lambda: Foo[int], lambda: five(), lambda: nothing[0], lambda: one[0],
         lambda: next(f), lambda: [x for x in f]]
for c in cases:
    try:
        c()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
def setit():
    f[0] = 1
def delit():
    del f[0]
for c in [setit, delit]:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
