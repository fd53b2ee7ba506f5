class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = Lower()
d["ABC"] = 1
print(d["aBc"], d, list(d))
d2 = Lower(X=1)
print(d2)
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().keys()))
o = Ordered(b=1, a=2)
print(list(o), list(o.keys()))
