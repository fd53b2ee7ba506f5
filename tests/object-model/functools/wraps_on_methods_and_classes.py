import functools
def trace(fn):
    @functools.wraps(fn)
    def w(self, *a):
        print(f"-> {type(self).__name__}.{fn.__name__}{a}")
        return fn(self, *a)
    return w
class Calc:
    @trace
    def add(self, a, b):
        return a + b
    @staticmethod
    @functools.lru_cache(maxsize=None)
    def sq(x):
        return x * x
print(Calc().add(1, 2), Calc.add.__name__, Calc.add.__qualname__)
print(Calc.sq(4), Calc().sq(4), Calc.sq.cache_info().hits)
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
@CountCalls
def hi(name):
    "say hi"
    return "hi " + name
print(hi("a"), hi("b"), hi.n, hi.__name__, hi.__doc__)
