class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing page")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class Plain(Exception): pass
e = Plain("a", 2)
print(str(e), repr(e), e.args)
print(str(Plain()), repr(Plain()), repr(Plain("x")))
class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"
print([WithRepr("m")], str(WithRepr("m")))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
raise NotFound(500, "boom")
