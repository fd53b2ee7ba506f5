class Meta(type):
    def describe(cls):
        return f"class {cls.__name__} with {len(cls.fields)} fields"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __len__(cls):
        return len(cls.fields)
class Rec(metaclass=Meta):
    fields = ("a", "b")
print(Rec.describe(), Rec.upper_name, repr(Rec), len(Rec))
print([Rec])
try:
    Rec().describe()
except AttributeError as e:
    print("AttributeError:", e)
