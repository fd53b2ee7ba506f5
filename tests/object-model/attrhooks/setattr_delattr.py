class Tracked:
    def __init__(self):
        self.changes = []
        self.x = 0
    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append((name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.changes.append(("del", name))
        object.__delattr__(self, name)
t = Tracked()
t.x = 5
t.y = "a"
del t.y
setattr(t, "z", 1)
print(t.changes)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign {name}")
f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e)
