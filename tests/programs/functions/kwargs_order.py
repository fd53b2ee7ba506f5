# **kwargs preserves call order; keyword arguments can be built dynamically.
def show(**kw):
    return ", ".join(f"{k}={v!r}" for k, v in kw.items())
print(show(b=1, a=2, c="x"))
opts = {"sep": "|", "end": "<\n"}
print("a", "b", **opts)
def config(name, **extra):
    merged = {"name": name}
    merged.update(extra)
    return merged
print(config("app", debug=True, level=3))
print(config(**{"name": "n", "z": 0}))
def pos_and_kw(a, *args, sep=", ", **kw):
    return sep.join(map(str, (a,) + args)) + (" " + str(kw) if kw else "")
print(pos_and_kw(1, 2, 3), pos_and_kw(1, 2, sep="-", flag=True))
