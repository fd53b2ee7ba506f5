class Loud:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        print("get", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
l = Loud()
print(l.a)
print(l.secret_x)
print(l.nothing)
class Upper:
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        return v.upper() if isinstance(v, str) else v
    greeting = "hello"
print(Upper().greeting)
