x = "global"
class C:
    x = "class"
    y = x
    def method(self):
        return x
    items = [x for _ in range(2)]
    z = (lambda: x)()
print(C.y, C().method(), C.items, C.z)
def f():
    v = "local f"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()
print(f())
def g():
    counter = 0
    class K:
        def bump(self):
            nonlocal counter
            counter += 1
            return counter
    k = K()
    k.bump(); k.bump()
    return counter
print(g())
