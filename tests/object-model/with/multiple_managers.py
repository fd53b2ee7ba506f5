class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
with CM("a") as a, CM("b") as b:
    print("body", a, b)
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("unreached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("x"), CM("y"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
with (CM("p") as p,
      CM("q") as q):
    print(p + q)
