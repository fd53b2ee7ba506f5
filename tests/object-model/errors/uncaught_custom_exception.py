class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
class Form:
    def __init__(self, **data):
        self.data = data
    def validate(self):
        for k, v in self.data.items():
            if not v:
                raise ValidationError(k, "must not be empty")
        return True
print(Form(a=1).validate())
try:
    Form(a=1, b="").validate()
except ValidationError as e:
    print("caught", e.field, e)
Form(name="x", email="").validate()
