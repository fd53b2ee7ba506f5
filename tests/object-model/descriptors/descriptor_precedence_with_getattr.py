class D:
    def __get__(self, obj, typ=None):
        raise AttributeError("descriptor refuses")
class C:
    d = D()
    def __getattr__(self, name):
        return f"__getattr__ fallback for {name}"
print(C().d)
class P:
    @property
    def broken(self):
        return self.nonexistent
    def __getattr__(self, name):
        return f"fallback {name}"
print(P().broken)
