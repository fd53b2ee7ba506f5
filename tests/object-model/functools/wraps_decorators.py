import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    "Adds numbers."
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"), hello.__name__)
def no_wraps(fn):
    def w(*a): return fn(*a)
    return w
@no_wraps
def named(): pass
print(named.__name__)
