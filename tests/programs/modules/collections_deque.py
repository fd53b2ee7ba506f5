from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
for f in (d.pop, d.popleft):
    try:
        f()
    except IndexError as e:
        print("IndexError:", e)
d = deque(range(5))
d.append(5)
d.appendleft(-1)
print(d, d[0], d[-1], d[3], len(d))
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(12)
print(d)
d.extend("ab")
d.extendleft("xy")
print(d)
print(d.index(2), d.index("a"), d.count(2), 2 in d, "z" in d)
try:
    d.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    d.index(0, 0, 3)
except ValueError as e:
    print("ValueError:", e)
d.insert(2, "mid")
d.insert(-1, "end-1")
d.insert(100, "last")
d.insert(-100, "first")
print(d)
d.remove("mid")
del d[0]
d[0] = "X"
print(d)
try:
    d.remove("nope")
except ValueError as e:
    print("ValueError:", e)
d.reverse()
print(d, list(reversed(d)))
for bad in (len(d), -len(d) - 1):
    try:
        d[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    d[1:2]
except TypeError as e:
    print("TypeError:", e)

# maxlen
m = deque([1, 2, 3], maxlen=3)
m.append(4)
print(m, m.maxlen)
m.appendleft(0)
print(m)
m.extend([7, 8, 9, 10])
print(m)
try:
    m.insert(0, 1)
except IndexError as e:
    print("IndexError:", e)
z = deque([1, 2], maxlen=0)
z.append(1)
print(z, deque(range(10), 4))
for bad in (-1, "3"):
    try:
        deque([], bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# comparisons, arithmetic, copy
a, b = deque([1, 2]), deque([1, 3])
print(a == b, a < b, a <= deque([1, 2]), a != b, a == [1, 2], a + b, a * 2, 2 * a)
try:
    a + [3]
except TypeError as e:
    print("TypeError:", e)
c = a.copy()
c += [9, 9]
c *= 2
print(a, c, deque([1], maxlen=2) * 3)

# mutation during iteration
q = deque([1, 2, 3])
try:
    for x in q:
        q.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
r = deque([1])
r.append(r)
print(r)
q.clear()
print(q, list(q))

# a long queue: popleft stays cheap
big = deque()
for i in range(20000):
    big.append(i)
total = 0
while big:
    total += big.popleft()
print(total)
