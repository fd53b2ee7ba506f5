class Guarded:
    def __set_name__(self, owner, name):
        self.key = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.key]
        except KeyError:
            raise AttributeError(f"{self.key[1:]} not set") from None
    def __set__(self, obj, v):
        obj.__dict__[self.key] = v
    def __delete__(self, obj):
        print("deleting", self.key)
        obj.__dict__.pop(self.key, None)
class R:
    g = Guarded()
r = R()
r.g = 1
print(r.g)
del r.g
try:
    r.g
except AttributeError as e:
    print("AttributeError:", e)
