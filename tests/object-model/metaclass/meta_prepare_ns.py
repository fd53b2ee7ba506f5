class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns = dict(ns)
        for k, v in list(ns.items()):
            if k.startswith("get_") and callable(v):
                ns[k[4:]] = property(v)
        return super().__new__(mcls, name, bases, ns)
class User(metaclass=Meta):
    def __init__(self, first, last):
        self.first = first
        self.last = last
    def get_full(self):
        return self.first + " " + self.last
u = User("Ada", "Lovelace")
print(u.full, u.get_full())
print(type(User.__dict__["full"]).__name__)
