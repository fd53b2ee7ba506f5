class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
c = C()
print(c.__dict__)
c.__dict__["z"] = 9
print(c.z, sorted(c.__dict__))
vars(c)["w"] = 10
print(c.w)
print("cls_attr" in C.__dict__, "__init__" in C.__dict__, "a" in C.__dict__)
print(type(C.__dict__).__name__)
c.__dict__.clear()
print(hasattr(c, "a"), c.cls_attr)
