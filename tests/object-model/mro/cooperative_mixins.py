class LoggingMixin:
    def save(self):
        print("log before save of", type(self).__name__)
        r = super().save()
        print("log after save")
        return r
class ValidateMixin:
    def save(self):
        print("validate", self.data)
        if not self.data:
            raise ValueError("empty")
        return super().save()
class Model:
    def __init__(self, data):
        self.data = data
    def save(self):
        print("Model.save")
        return len(self.data)
class Doc(LoggingMixin, ValidateMixin, Model):
    pass
print(Doc("abc").save())
try:
    Doc("").save()
except ValueError as e:
    print("ValueError", e)
print([c.__name__ for c in Doc.__mro__])
