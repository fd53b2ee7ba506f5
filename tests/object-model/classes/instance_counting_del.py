class Tracked:
    live = 0
    def __init__(self, name):
        self.name = name
        Tracked.live += 1
    def __del__(self):
        Tracked.live -= 1
        print("del", self.name)
a = Tracked("a")
b = Tracked("b")
print(Tracked.live)
del a
print(Tracked.live)
b = None
print(Tracked.live)
def scope():
    t = Tracked("temp")
    return t.name
print(scope(), Tracked.live)
l = [Tracked("x"), Tracked("y")]
l.clear()
print("end", Tracked.live)
