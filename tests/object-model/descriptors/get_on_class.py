class Desc:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"class access via {objtype.__name__}"
        return f"instance access on {type(obj).__name__}"
class A:
    d = Desc()
class B(A):
    pass
print(A.d)
print(B.d)
print(A().d)
print(B().d)
print(type(A.__dict__["d"]).__name__)
