class Config:
    def __init__(self):
        self._d = {"a": 1, "b": 2}
    def keys(self):
        return ["b", "a"]
    def __getitem__(self, k):
        return self._d[k] * 10
print(dict(Config()))
d = {}
d.update(Config())
print(d)
def f(**kw):
    return kw
print(f(**Config()))
print({**Config(), "c": 3})
