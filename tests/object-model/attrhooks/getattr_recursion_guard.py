class Lazy:
    def __init__(self):
        self.loaded = {}
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        print("loading", name)
        value = name * 2
        setattr(self, name, value)
        return value
l = Lazy()
print(l.ab, l.ab, l.cd)
print(sorted(vars(l)))
try:
    l._private
except AttributeError as e:
    print("AttributeError:", e)
class Empty:
    def __getattr__(self, name):
        return self.__dict__[name]
try:
    Empty().x
except KeyError as e:
    print("KeyError:", e)
