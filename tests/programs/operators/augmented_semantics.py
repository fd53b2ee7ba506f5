# += mutates lists in place but rebinds for tuples/strings/ints; aliasing shows the difference.
a = [1]
b = a
a += [2]
print(a, b, a is b)
a = a + [3]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "x"
r = s
s += "y"
print(s, r)
n = 5
m = n
n += 1
print(n, m)
d = {"a": 1}
e = d
d |= {"b": 2}
print(d, e, d is e)
st = {1}
st2 = st
st |= {2}
st -= {1}
print(st, st2, st is st2)
