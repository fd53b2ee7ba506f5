# __del__: runs when the last reference goes (rebinding, del, containers, dict values, class
# attributes), once, with the instance intact; an exception in it is reported and ignored.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
t = T("rebound")
t = T("second")
print("after rebind")
del t
print("after del")
d = {"k": T("dict value")}
d["k"] = 1
print("after dict set")
d["j"] = T("cleared")
d.clear()
l = [T("list item")]
l[0] = None
l.append(T("removed"))
l.remove(l[1])
print("after list")
class Holder:
    attr = None
Holder.attr = T("class attr")
Holder.attr = None
def make():
    local = T("local")
    return 1
make()
print("after call")
class Counter:
    count = 0
    def __del__(self):
        Counter.count += 1
for _ in range(5):
    Counter()
print("count", Counter.count)
class Boom:
    def __del__(self):
        raise ValueError("boom in del")
Boom()
print("survived boom")
class Sub(T):
    pass
Sub("subclass")
class Keep:
    kept = []
    def __del__(self):
        print("keep del once")
        Keep.kept.append(self)
Keep()
print(len(Keep.kept))
Keep.kept.clear()
print("end")
