class C:
    x = 1
    def m(self):
        return "m"
print(getattr(C, "x"), getattr(C(), "m")(), getattr(C, "m")(C()))
setattr(C, "y", 2)
print(C().y)
delattr(C, "y")
print(hasattr(C(), "y"))
print(type(getattr(C, "m")).__name__, type(getattr(C(), "m")).__name__)
try:
    delattr(C(), "x")
except AttributeError as e:
    print("AttributeError:", e)
