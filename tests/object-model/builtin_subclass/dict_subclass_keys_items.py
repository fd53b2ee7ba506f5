class Reg(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v)
r = Reg()
r["a"] = 1
r.update({"b": 2})
r.setdefault("c", 3)
print(r, type(r).__name__)
d = dict(r)
print(type(d).__name__, d == r)
class WithKeys(dict):
    def keys(self):
        return ["only_a"]
w = WithKeys(only_a=1, other=2)
print(dict(w), {**w}, list(w))
