class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    title = Field()
    body = Field()
m = Model()
print(m.title)
m.title = "Hello"
print(m.title, m._title, Model.title.name)
late = Field()
Model.late = late
print(hasattr(late, "name"))
