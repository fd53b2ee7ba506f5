class CM:
    def __init__(self, ret): self.ret = ret
    def __enter__(self): return self
    def __exit__(self, *a):
        return self.ret
for ret in [1, "", "yes", [], [0], None, 0.0]:
    try:
        with CM(ret):
            raise RuntimeError("x")
        print(repr(ret), "suppressed")
    except RuntimeError:
        print(repr(ret), "propagated")
