# functools.partial and reduce: binding, flattening, attributes, reprs, errors.
from functools import partial, reduce
import functools

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), two_to(exp=3), square(3, exp=3), partial(power, 3, 3)(mod=5))
print(square.func is power, square.args, square.keywords, two_to.args, two_to.keywords)
p2 = partial(two_to, mod=7)
print(p2(5), p2.func is power, p2.args, p2.keywords)
p3 = partial(partial(partial(power, 2), 5), mod=3)
print(p3(), p3.func is power, p3.args, p3.keywords)
tagged = partial(power, 2)
tagged.note = "kept"
outer = partial(tagged, 3)
print(outer.func is tagged, outer.args, outer(), tagged.__dict__)
print(list(map(partial(int, base=2), ["101", "11"])), sorted(["b", "A", "c"], key=partial(str.lower)))
print(partial(max, key=len)(["aa", "b"], ["ccc"]), partial(print, end="!\n")("x", "y"))
kw = partial(dict, a=1)
print(kw(b=2), kw(a=5), kw.keywords)
kw.keywords["z"] = 26
print(kw())
print(repr(partial(len)).startswith("functools.partial(<built-in function len>"), repr(partial(int, "7", base=8)).replace("<class 'int'>", "int"))
print(repr(partial(len, [1], [2])).endswith(", [1], [2])"), type(square).__name__, isinstance(square, partial), callable(square))

class Handler(partial):
    pass

h = Handler(power, 3)
print(h(2), type(h).__name__, isinstance(h, partial), repr(h).startswith("Handler(<function power"))
p = partial(power, 1)
p.func_attr = 1
print(p.__dict__)
attempt(partial)
attempt(partial, 1)
attempt(partial, func=len)
attempt(partial(len), [1], [2])
attempt(partial(power))
try:
    p.func = len
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.args
except AttributeError as e:
    print("AttributeError:", e)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3], 0), reduce(max, [], "init"))
print(reduce(lambda a, b: a if len(a) >= len(b) else b, "a bbb cc dddd".split()), reduce(pow, [2, 3, 2]))
print(reduce(lambda a, b: a + b, (x for x in "xyz")), reduce(lambda a, b: b, {1: 0, 2: 0}), functools.reduce(min, [5]))
calls = []
def track(a, b):
    calls.append((a, b))
    return a - b
print(reduce(track, [10, 1, 2], 100), calls)
attempt(reduce)
attempt(reduce, len)
attempt(reduce, len, 1)
attempt(reduce, len, [], 1, 2)
attempt(reduce, lambda a, b: a, [], initial=1)
attempt(reduce, None, [1, 2])
attempt(reduce, lambda a, b: a + b, [1, "a"])
reduce(lambda a, b: a + b, [])
