# Subclasses of ExceptionGroup: __new__/__init__ overrides, derive, and a __str__ using super().
class Coded(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)

    def derive(self, excs):
        return Coded(self.message, excs, self.code)


c = Coded("c", [ValueError(1), TypeError(2)], code=7)
print(repr(c), c.code, c.exceptions, c.message, str(c))
m, r = c.split(ValueError)
print(repr(m), m.code, repr(r))
try:
    raise c
except* TypeError as g:
    print("handled", type(g).__name__, g.code)
except* ValueError as g:
    print("handled", type(g).__name__, g.code)


class WithStr(ExceptionGroup):
    def __str__(self):
        return "custom " + super().__str__()


print(str(WithStr("w", [ValueError()])))
