class P: pass
p = P()
print(p == p, p != P(), p.__eq__(P()), p.__ne__(p))
print(object.__eq__(p, p), P.__init__ is object.__init__, P.__lt__(p, p))
print(type(p.__hash__()).__name__, str(p) == repr(p), p.__class__.__name__)
print(format(p, "") == str(p))
print(sorted(n for n in ("__init__", "__repr__", "__eq__", "__hash__") if hasattr(p, n)))
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
