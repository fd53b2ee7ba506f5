class A:
    pass


class B:
    pass


a = A()
a.__class__ = B
a.__dict__ = {"x": 1}
print(a.__class__, a.__dict__)
