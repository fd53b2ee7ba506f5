# Comprehension variables do not leak; the first iterable is evaluated in the enclosing scope.
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
n = 5
print([n * i for i in range(3)])
def f():
    base = 10
    return [base + i for i in range(3)], {i: base for i in range(2)}
print(f())
class K:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(K.doubled)
fns = [lambda: i for i in range(3)]
print([g() for g in fns])
try:
    print(i)
except NameError as e:
    print("NameError:", e)
