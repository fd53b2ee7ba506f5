# module-level captures are globals
match [1, 2, 3]:
    case [first, *rest]:
        pass
print(first, rest)

def f(v):
    match v:
        case {"k": val, **others}:
            return val, others
        case (a, b) as pair:
            return a, b, pair
        case str() as s if len(s) > 2:
            return "long", s
        case other:
            return "other", other
print(f({"k": 1, "z": 2}), f((1, 2)), f("abcd"), f("ab"), f(3))

def guard_fail():
    match 5:
        case x if x > 10:
            return "big"
        case _:
            return x
print(guard_fail())

def failed_binds_nothing():
    match [1, 2]:
        case [a, 3]:
            pass
        case _:
            pass
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(failed_binds_nothing())

def closure():
    match (1, 2):
        case (p, q):
            pass
    def inner():
        return p + q
    return inner()
print(closure())

def nonlocal_capture():
    n = 0
    def set_it(v):
        nonlocal n
        match v:
            case int(n):
                pass
    set_it(42)
    return n
print(nonlocal_capture())

g = None
def global_capture(v):
    global g
    match v:
        case [g]:
            pass
global_capture(["gv"])
print(g)

class C:
    match {"a": 1}:
        case {"a": attr}:
            pass
print(C.attr)

def or_patterns(v):
    match v:
        case (1, x) | (x, 1):
            return x
        case [y] | y:
            return ("y", y)
print(or_patterns((1, 5)), or_patterns((7, 1)), or_patterns([9]), or_patterns("z"))

def comprehension_scope():
    out = []
    for item in [(1, 2), [3], 4]:
        match item:
            case (a, b):
                out.append(a + b)
            case [c]:
                out.append(c)
            case d:
                out.append(-d)
    return out, [d for _ in range(1)]
print(comprehension_scope())
lam = lambda v: [w for w in [v]]
print(lam(3))
def walrus_and_match(items):
    match items:
        case [*_, last] if (n := last * 2) > 0:
            return n, last
    return None
print(walrus_and_match([1, 2, 3]), walrus_and_match([-1]), walrus_and_match([]))
def star_positions(v):
    match v:
        case [*init, 9]:
            return "init", init
        case [0, *mid, 0]:
            return "mid", mid
        case [*_]:
            return "any"
print(star_positions([1, 2, 9]), star_positions([0, 5, 6, 0]), star_positions([0]), star_positions(range(3)))
def nested_as(v):
    match v:
        case [(1 | 2) as small, [_, (_ as inner)] as lst]:
            return small, inner, lst
print(nested_as([2, [0, "i"]]))
def locals_order(v):
    match v:
        case {"b": b, "a": a, **kw}:
            return a, b, kw
print(locals_order({"a": 1, "b": 2, "c": 3}))
def del_capture():
    match 1:
        case z:
            pass
    del z
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
del_capture()
