"""locals() and vars() without arguments: the caller's namespace."""

print(locals() is globals(), vars() is globals())


def f(a, b=2, *args, **kw):
    c = a + b
    ns = locals()
    return ns


print(f(1))
print(f(1, 3, 4, k=5))


def unbound_skipped(flag):
    if flag:
        x = 1
    return locals()


print(unbound_skipped(True), unbound_skipped(False))


def snapshot():
    x = 1
    ns = locals()
    x = 2
    ns["y"] = 3
    return ns, x


print(snapshot())


def outer():
    v = "cell"
    w = "not captured"

    def inner():
        u = 0
        return v, locals()

    return inner(), sorted(locals())


print(outer())


def with_vars(p):
    q = p * 2
    return vars()


print(with_vars(21))


class K:
    x = 1
    y = x + 1
    ns = locals()
    names = sorted(k for k in ns if not k.startswith("__"))
    v = vars() is ns


print(K.names, K.v, K.ns is not None, "x" in K.ns)


def in_loop():
    out = []
    for i in range(3):
        out.append(sorted(locals()))
    return out


print(in_loop())

lam = lambda z: locals()
print(lam(9))


def errors():
    for call in (lambda: globals(1), lambda: locals(1, 2)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    try:
        vars(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        vars(1, 2)
    except TypeError as e:
        print("TypeError:", e)


errors()


class P:
    def __init__(self):
        self.a = 1


print(vars(P()))
vars(42)
