import itertools
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10)))
print(list(itertools.accumulate(itertools.islice(fib(), 6))))
print(list(itertools.chain(fib.__name__, (x for x in "ab"))))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])
print(list(itertools.zip_longest("ab", (i for i in range(3)), fillvalue="-")))
a, b = itertools.tee(x * 2 for x in range(3))
print(list(a), list(b))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])))
