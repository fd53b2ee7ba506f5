# NaN identity: every NaN-producing operation creates a new float object; copies of one
# object stay the same object. Containers compare items by identity first, then ==.
import math

x = float("nan")
y = float("nan")
print(x is x, x is y, x == x, x != x)
print(x in [x], x in [y], y in [x, y], x in (x,), x in (y,))
print([x] == [x], [x] == [y], (1, x) == (1, x), (1, x) == (1, y), [x] != [y])
print([x].count(x), [x, y, x].count(x), [x, y].index(y), (y, x).index(x))
lst = [x, y]
lst.remove(y)
print(len(lst), lst[0] is x)
try:
    [x].index(y)
except ValueError as e:
    print("ValueError", e)

# dict keys and set members
d = {x: "first", y: "second"}
print(len(d), d[x], d[y], x in d, float("nan") in d)
try:
    d[float("nan")]
except KeyError as e:
    print("KeyError", repr(e)[:9])
s = {x, x, y}
print(len(s), x in s, y in s, float("nan") in s)
s.discard(x)
print(len(s), x in s, y in s)
print(len({float("nan") for _ in range(5)}), len({x for _ in range(5)}))
print(len(dict.fromkeys([x, x, y, x])))

# math.nan is one object; float("nan") always a new one
print(math.nan is math.nan, math.nan in [math.nan], math.nan in [float("nan")])
m = math.nan
print(m is math.nan, [m] == [math.nan], {math.nan: 1}[m])
import cmath
print(cmath.nan is math.nan, cmath.nan in [cmath.nan], cmath.nan in [math.nan])

# NaN from arithmetic: each result is a new object
inf = float("inf")
a = inf - inf
b = inf - inf
print(a is b, a in [a], a in [b], [a] == [b], [a] == [a])
c = inf * 0
print(c in [c], c in [a], (c,) == (c,))
z = x + 1
print(z is x, z in [x], x in [z], [x + 1] == [x + 1])
n = -x
print(n is x, n in [x], abs(x) in [x], x * 1 in [x])
print(x / 1 in [x], x ** 1 in [x], x % 1 in [x], x // 1 in [x], 1 + x in [x])
t = x
t += 0
print(t is x, t in [x])
print(sum([x]) in [x], math.fabs(x) in [x], math.sqrt(x) in [x], round(x, 2) in [x])

# copies keep identity
pair = (x, x)
print(pair[0] is pair[1], [x] * 3 == [x, x, x], list((x,)) == [x], sorted([x])[0] is x)
print(max([x]) is x, min(x, 1.0) is x, [v for v in [x]][0] is x)
cp = [x][:]
print(cp[0] is x, cp == [x], float(x) is x, +x is x)
q = {"k": x}
print(q == {"k": x}, q == {"k": y}, q.get("k") is x)

# the sign of a NaN survives; the payload never shows
nn = float("-nan")
print(math.copysign(1.0, nn), math.copysign(1.0, x), math.copysign(1.0, -x))
print(repr(x), str(y), f"{x}", f"{nn}", format(a, ".3f"), "%f %e %g" % (x, y, nn))
print(x.hex(), nn.hex(), float.fromhex("nan") in [x], repr(float.fromhex("-nan")))
print(repr([x, y, a, math.nan, nn]), x.is_integer(), str(complex(x, y)))

# complex parts are new float objects on each read
w = complex(x, 0)
print(w.real in [w.real], w == w, [w] == [w], w in [w])

# complex numbers with NaN parts: each construction or operation is a new object
import cmath
p = complex(x, 0)
q = complex(x, 0)
print(p in [p], p in [q], [p] == [p], [p] == [q], (p + 0) in [p], -p in [-p])
print(cmath.nanj is cmath.nanj, cmath.nanj in [cmath.nanj], cmath.nanj in [complex(0, math.nan)])
print(cmath.sqrt(p) in [cmath.sqrt(p)], {p: 1}[p], len({p, q, p}))
