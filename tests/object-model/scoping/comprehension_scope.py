x = "outer"
print([x for x in range(3)], x)
y = 10
print([y + i for i in range(3)])
print({k: v for k, v in zip("ab", range(2))}, {i % 3 for i in range(10)})
def f():
    items = [lambda: i for i in range(3)]
    return [g() for g in items]
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * k for v in vals for k in vals if k == len(vals)]
    except NameError as e:
        bad = str(e)
print(C.doubled, C.bad)
n = 5
print(list((lambda: [n * j for j in range(2)])()))
print([(a, b) for a in range(3) if a for b in range(a)])
print([w := 1, w + 1], w)
