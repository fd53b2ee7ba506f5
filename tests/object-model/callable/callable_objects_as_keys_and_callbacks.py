class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
    def __repr__(self):
        return f"Multiplier({self.k})"
fs = [Multiplier(k) for k in range(1, 4)]
print([f(10) for f in fs], fs)
print(sorted(["ccc", "a", "bb"], key=len), max([3, -7, 5], key=abs))
class Compose:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x
inc_then_double = Compose(Multiplier(2), lambda x: x + 1)
print(inc_then_double(5), list(map(Compose(str, abs), [-1, 2])))
class Event:
    def __init__(self):
        self.handlers = []
    def __iadd__(self, h):
        self.handlers.append(h)
        return self
    def __call__(self, *args):
        return [h(*args) for h in self.handlers]
on_click = Event()
on_click += Multiplier(3)
on_click += lambda x: f"clicked {x}"
print(on_click(7))
