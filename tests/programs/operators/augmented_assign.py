# Augmented assignment on every operator and on subscripts/attributes (evaluated once).
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 6; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 7; print(x)
n = 0b1100
n &= 0b1010; print(n)
n |= 0b0001; print(n)
n ^= 0b1111; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
lst = [1, 2, 3]
calls = []
def idx():
    calls.append("idx")
    return 1
lst[idx()] += 10
print(lst, calls)
d = {"k": [1]}
d["k"] += [2]
d["k"] *= 2
print(d)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
class Box:
    pass
b = Box()
b.v = 1
b.v += 41
print(b.v)
alias = lst
lst += [4]
print(alias is lst, alias)
tup = (1, 2)
tup2 = tup
tup += (3,)
print(tup, tup2)
