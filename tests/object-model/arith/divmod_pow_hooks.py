class D:
    def __init__(self, v): self.v = v
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __pow__(self, e, mod=None): return ("pow", self.v, e, mod)
    def __rpow__(self, b): return ("rpow", b, self.v)
    def __rfloordiv__(self, o): return ("rfloordiv", o)
    def __rmod__(self, o): return ("rmod", o)
    def __rmatmul__(self, o): return ("rmatmul", o)
d = D(3)
print(divmod(d, 2), divmod(2, d), d ** 2, pow(d, 2, 5), 2 ** d, 7 // d, 7 % d, [1] @ d if False else "skip")
print("%s" % "x" % () if False else "ok", 5 % d)
