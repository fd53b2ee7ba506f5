class L(list):
    pass
l = L([3, 1, 2])
print(l, repr(l), str(l), type(l).__name__, len(l), l[0], l[-1], l[::2])
l.sort(); print(l, l.index(2), l.count(1), l.pop(), l)
l += [9]; print(l, type(l).__name__)
l *= 2; print(l, type(l).__name__)
print(l * 2, type(l * 2).__name__, 2 * l, [0] + l, l + [0])
print(l == [1, 2, 9, 1, 2, 9], l != [], l < [5], [5] > l, bool(L()), bool(l))
l[0] = 100; del l[1]; print(l, 100 in l, 7 in l)
print(list(reversed(l)), sorted(l), max(l), min(l), sum(l))
print(l.copy(), type(l.copy()).__name__)
try:
    hash(l)
except TypeError as e:
    print("TypeError:", e)
x = L()
x.append(x)
print(x)
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
d = D({"a": 1}, b=2)
print(d, d.extra, len(d), list(d), d.keys(), d.items(), d.get("a"), d["b"], "a" in d, d.pop("a"), d)
print(dict(d), {**d}, d | {"z": 0}, type(d | {"z": 0}).__name__)
d |= {"q": 5}; print(d, type(d).__name__)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
print(d == {"b": 2, "q": 5}, isinstance(d, dict), issubclass(D, dict))
class S(str):
    pass
s = S("hello")
print(s, repr(s), s.upper(), type(s.upper()).__name__, s + "!", "!" + s, s * 2, s[1], s[1:3], len(s))
print(s == "hello", s < "z", "ell" in s, s.split("l"), "-".join([s, S("x")]), f"{s:>8}|", "%s|%r" % (s, s), hash(s) == hash("hello"))
print({s: 1}, {"hello": 2}[s], s in {"hello"}, sorted([S("b"), "a"]), s.encode())
print(str(s), type(str(s)).__name__, format(s), s.format(), S("{}!").format(1))
class I(int):
    pass
i = I(7)
print(i, repr(i), i + 1, i - 1, i * i, i / 2, i // 2, i % 3, i ** 2, -i, +i, abs(I(-3)), ~i, i << 1, i >> 1, i & 3, i | 8, i ^ 1)
print(type(i + 1).__name__, type(-i).__name__, int(i), type(int(i)).__name__, float(i), str(i), f"{i:05d}", hex(i), bin(i), round(i))
print(i == 7, i < 8, 7 == i, [1,2,3,4,5,6,7,8][i], range(10)[i], divmod(i, 2), pow(i, 2, 5), i.bit_length(), i.real, i.numerator)
print(I("12"), I("ff", 16), I(3.9), I(), bool(I(0)), isinstance(i, int), {i: "x"}[7])
class F(float):
    pass
f = F(2.5)
print(f, repr(f), f + 1, f * 2, -f, round(f), int(f), f.is_integer(), F("1e3"), F(), f == 2.5, f"{f:.3f}", f.hex())
class T(tuple):
    pass
t = T([1, 2, 3])
print(t, repr(t), len(t), t[0], t[1:], type(t[1:]).__name__, t + (4,), t * 2, t == (1, 2, 3), t.index(2), t.count(3), hash(t) == hash((1, 2, 3)), T())
a, b, c = t; print(a, b, c)
class FS(frozenset): pass
fs = FS([1, 2])
print(sorted(fs), len(fs), 1 in fs, fs | {3}, type(fs | {3}).__name__, hash(fs) == hash(frozenset([1,2])), fs == {1, 2})
class ST(set): pass
st = ST([1, 2])
st.add(3); st |= {4}; print(sorted(st), type(st).__name__, st - {1}, st & {2, 3}, st.issubset({1,2,3,4,5}))
class B(bytes): pass
bb = B(b"abc")
print(bb, repr(bb), len(bb), bb[0], bb[1:], bb + b"d", bb.decode(), bb.upper(), bb == b"abc", list(bb), B([65, 66]))
