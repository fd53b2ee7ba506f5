# User-defined exception classes with extra attributes and inheritance.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class NotFound(AppError):
    def __str__(self):
        return "custom str for NotFound"
def validate(x):
    if x < 0:
        raise ValidationError("x", "must be non-negative")
    if x == 0:
        raise NotFound("zero")
    return x
for v in [5, -1, 0]:
    try:
        print(validate(v))
    except ValidationError as e:
        print("ValidationError", e, e.field, e.args, isinstance(e, AppError))
    except AppError as e:
        print("AppError", e, repr(e), e.args)
e = AppError("a", 1)
print(e, repr(e), e.args, str(AppError()), repr(AppError()))
print(issubclass(ValidationError, Exception), issubclass(NotFound, ValidationError))
raise ValidationError("name", "required")
