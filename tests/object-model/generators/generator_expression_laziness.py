def src():
    for i in range(3):
        print("yield", i)
        yield i
g = (x * 10 for x in src())
print("created")
print(next(g))
print(list(g))
try:
    (1 for _ in range(1)).send(5)
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
gen = (i for i in range(3))
print(list(gen), list(gen), sum(gen))
def counter():
    n = 0
    while True:
        n += 1
        yield n
import itertools
print(list(itertools.takewhile(lambda n: n < 4, counter())))
