# next() on an exhausted iterator at the top level: uncaught StopIteration.
it = iter([1])
print(next(it))
print(next(it))
