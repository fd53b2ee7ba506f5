# str.format: auto/manual numbering, keywords, attributes, indexing, conversions, nesting.
class P:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
p = P()
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30), "{0[1]} {0[0]}".format("ab"))
print("{p.x} {p.y[1]} {d[key]} {l[2]}".format(p=p, d={"key": "dv"}, l=[1, 2, 3]))
print("{!r} {!s} {!a}".format("q", "q", "ü"), "{0!r:>8}".format("x"))
print("{:{}}|{:{w}.{p}f}|".format("ab", 5, 3.14159, w=8, p=2))
print("{{}} {{{}}}".format(7), "{:%}".format(0.25), "{:,}".format(10**9), "{:e}".format(12345.678))
print("{0:>5}{1:<5}{0:^5}".format("a", "b"), "{:#06x}".format(255), "{:+.1e}".format(-0.000123))
args = ("x", "y")
kw = {"z": "zz"}
print("{0}-{1}-{z}".format(*args, **kw))
print("{}".format(None), "{}".format([1, {2: 3}]), "{:}".format(1.0), "{0}".format(1e100))
print("{0.real} {0.imag}".format(5), "{[0]}".format(("t",)))
