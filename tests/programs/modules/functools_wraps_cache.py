# functools.wraps / update_wrapper and lru_cache / cache: metadata, statistics, eviction.
import functools
from functools import lru_cache, cache, wraps, update_wrapper

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Adds numbers."
    return a + b

add.extra = 1
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__, add.__module__)
print(sorted(add.__dict__), add.__wrapped__(3, 4))

def source():
    "src doc"
source.flag = "copied"
def target():
    pass
r = update_wrapper(target, source)
print(r is target, target.__name__, target.__doc__, target.flag, target.__wrapped__ is source)
def bare():
    pass
update_wrapper(bare, source, assigned=("__doc__",), updated=())
print(bare.__name__, bare.__doc__, hasattr(bare, "flag"), bare.__wrapped__ is source)
def renamed():
    pass
renamed.__name__ = "other"
renamed.__qualname__ = "Some.other"
renamed.__doc__ = "new doc"
print(renamed.__name__, renamed.__qualname__, renamed.__doc__, renamed.__dict__)

class Counter:
    def __init__(self, fn):
        update_wrapper(self, fn)
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)

@Counter
def hi(name):
    "say hi"
    return "hi " + name
print(hi("a"), hi("b"), hi.n, hi.__name__, hi.__doc__, hi.__wrapped__("c"))
w = wraps(len)
print(type(w).__name__, w.func is update_wrapper, sorted(w.keywords))
def uses_len(x):
    return 0
w(uses_len)
print(uses_len.__name__, uses_len.__module__, uses_len.__wrapped__ is len)
attempt(update_wrapper, 1)
attempt(update_wrapper)
attempt(wraps)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

calls = []
@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    slow(n)
print(calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow(4), slow.cache_info().currsize)
info = slow.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[1], len(info), list(info), tuple(info))
print(info == (0, 1, 2, 1), info != (0, 1, 2, 1), type(info).__name__, info._fields)

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__name__, type(fib).__name__, fib.__wrapped__(1))

@lru_cache
def bare_deco(x):
    "doc here"
    return x * 3
print(bare_deco(2), bare_deco(2), bare_deco.cache_info(), bare_deco.__doc__, bare_deco.cache_parameters())

@lru_cache(maxsize=None)
def keyed(a, b=0):
    calls.append((a, b))
    return a + b
keyed(1); keyed(1, 0); keyed(1, b=0); keyed(a=1); keyed(1)
print(len([c for c in calls if isinstance(c, tuple)]), keyed.cache_info())

@lru_cache(typed=True)
def typed(x):
    calls.append(("typed", x))
    return x
typed(1); typed(1.0); typed(True); typed(1)
print(typed.cache_info(), typed.cache_parameters())

@lru_cache(maxsize=0)
def never(x):
    return x
never(1); never(1)
print(never.cache_info())

@lru_cache(maxsize=-5)
def negative(x):
    return x
negative(1); negative(1)
print(negative.cache_info())

@lru_cache(maxsize=1)
def one(x):
    calls.append(("one", x))
    return x
one(1); one(2); one(1)
print(one.cache_info(), calls[-3:])

class Calc:
    @lru_cache(maxsize=None)
    def double(self, x):
        return 2 * x
    @staticmethod
    @lru_cache(maxsize=None)
    def sq(x):
        return x * x
c = Calc()
print(c.double(4), c.double(4), Calc.double.cache_info(), Calc.sq(3), c.sq(3), Calc.sq.cache_info().hits)
print(Calc.double.__qualname__, Calc.double(c, 5))

attempt(lru_cache, "x")
attempt(lru_cache, 1, 2, 3)
attempt(lru_cache(maxsize=3), 5)
attempt(cache)
attempt(keyed, [1])
attempt(keyed)
attempt(slow.cache_info, 1)
keyed({})
