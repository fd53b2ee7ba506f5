# bytearray's mutating methods, in-place operators, aliasing and live iteration.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


f = bytearray()
f.append(97)
f.append(True)
f.extend(b"bc")
f.extend([100])
f.extend(bytearray(b"e"))
f.extend(iter(range(102, 104)))
f.extend(x for x in ())
print(f)
f.insert(0, 65)
f.insert(-1, 66)
f.insert(100, 67)
f.insert(-100, 68)
print(f)
print(f.pop(), f.pop(0), f.pop(-2), f)
f.remove(ord("b"))
print(f)
g = f.copy()
g.append(1)
print(f, g, g is f)
g.reverse()
print(g)
g.clear()
print(g, len(g))
print(f.append(1), f.extend(b""), f.insert(0, 1), f.remove(1), f.reverse(), f.clear())

e = bytearray(b"abc")
t(lambda: e.pop(5))
t(lambda: e.pop(-4))
t(lambda: bytearray().pop())
t(lambda: e.pop("a"))
t(lambda: e.pop(1, 2))
t(lambda: e.remove(120))
t(lambda: e.remove(300))
t(lambda: e.remove("a"))
t(lambda: e.append(300))
t(lambda: e.append(-1))
t(lambda: e.append("a"))
t(lambda: e.append(b"a"))
t(lambda: e.append())
t(lambda: e.insert("a", 1))
t(lambda: e.insert(0))
t(lambda: e.insert(0, 256))
t(lambda: e.extend(1))
t(lambda: e.extend(None))
t(lambda: e.extend("ab"))
t(lambda: e.extend([1, "a"]))
t(lambda: e.extend([1, 300]))
t(lambda: e.clear(1))
t(lambda: e.copy(1))
t(lambda: e.reverse(1))
print(e)

x = bytearray(b"ab")
alias = x
x += b"cd"
x += bytearray(b"e")
print(x, alias, x is alias)
x *= 2
print(x, x is alias)
x *= 0
print(x, len(alias))
y = bytearray(b"q")
y.__iadd__(b"r")
y.__imul__(3)
print(y)
try:
    y += "s"
except TypeError as err:
    print(err)
try:
    y += [1]
except TypeError as err:
    print(err)
try:
    y *= "s"
except TypeError as err:
    print(err)
try:
    y *= 1.5
except TypeError as err:
    print(err)

z = bytearray(b"abc")
it = iter(z)
print(next(it))
z.append(100)
print(list(it))
z2 = bytearray(b"abc")
out = []
for v in z2:
    out.append(v)
    if v == 97:
        z2.pop()
print(out)
