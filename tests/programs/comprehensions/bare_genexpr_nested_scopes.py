# A bare generator expression argument starts where its element starts: a comprehension,
# lambda or generator expression as (the start of) that element is a scope of its own.

c = True
print(tuple([a for a in x] if c else x for x in [[1], [2]]))
c = False
print(tuple([a for a in x] if c else x for x in [[1], [2]]))
print(list([a * x for a in range(x)] for x in range(4)))
print(sorted(min({a + x for a in (1, 2)}) for x in (20, 10)))
print(list({a: x for a in "ab"} for x in (1, 2)))
print(sum(sum(a for a in range(x)) for x in range(5)))
print(list((lambda: x)() for x in "xyz"))
print(list((lambda y: x + y)(1) for x in range(3)))
print(list([x for _ in range(2)] for x in "pq"))
print(list([[x + y for y in range(2)] for _ in range(1)] for x in (0, 10)))
print(dict((k, [v for v in range(k)]) for k in range(3)))
print(max([a for a in x] for x in [[3, 1], [2, 9]]))
print(list(sorted(b for b in x) for x in ["cab", "fed"]))


def f(n):
    return list([i * n for i in range(k)] for k in range(n))


print(f(3))


def g(xs):
    return tuple([y for y in x if y != skip] if x else None for x in xs for skip in (1,))


print(g([[1, 2, 1], [], [3]]))

funcs = list(lambda: x for x in range(3))
print([fn() for fn in funcs])

try:
    print(tuple([a for a in x] for x in [1]))
except TypeError as e:
    print("TypeError:", e)

try:
    print(list([a for a in undefined_name] for x in [1]))
except NameError as e:
    print("NameError:", e)
