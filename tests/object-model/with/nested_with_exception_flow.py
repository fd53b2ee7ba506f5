class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, repr(ev))
        return self.suppress
with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("deep")
    print("not reached")
print("continues")
with CM("outer"):
    with CM("inner", suppress=True):
        raise ValueError("caught by inner")
    print("after inner")
