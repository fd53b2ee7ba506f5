# Every list method with edge cases.
a = [3, 1, 4, 1, 5]
a.append(9); print(a)
a.extend([2, 6]); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "before-last"); a.insert(-100, "very-first"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(1), a.index(5, 2), a.count(1), a.count("zz"))
b = a[:]
b.reverse(); print(b)
c = [5, 2, 8, 1]
c.sort(); print(c)
c.sort(reverse=True); print(c)
c.clear(); print(c, len(c))
d = [1, 2, 3]
e = d.copy(); e.append(4); print(d, e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
