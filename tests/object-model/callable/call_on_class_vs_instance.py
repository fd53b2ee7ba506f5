class Factory:
    count = 0
    def __call__(self):
        Factory.count += 1
        return f"product {Factory.count}"
f = Factory()
print(f(), f(), Factory.count)
print(callable(Factory), callable(f), callable(Factory.__call__))
class Meta(type):
    def __call__(cls, *a):
        return f"Meta intercepted {cls.__name__}{a}"
class X(metaclass=Meta):
    pass
print(X(1, 2))
def func(): pass
print(callable(func), callable(len), callable(1), callable("s".upper), callable(lambda: 0))
