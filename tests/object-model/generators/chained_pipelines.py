def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(2, evens(squares(numbers(10))))))
import itertools
print(list(itertools.islice(squares(itertools.count(1)), 4)))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), list(gen))
print(sum(x for x in range(5)), max((len(w), w) for w in "a bb ccc".split()))
