# next() with defaults on generators, iterators of dicts and files-like line lists.
def gen():
    yield "a"
    yield "b"
g = gen()
print(next(g, None), next(g, None), next(g, None), next(g, "again"))
d = {"x": 1, "y": 2}
ki = iter(d)
print(next(ki), next(ki), next(ki, "no more keys"))
first_even = next((x for x in [1, 3, 6, 7, 8] if x % 2 == 0), None)
no_match = next((x for x in [1, 3] if x % 2 == 0), "none")
print(first_even, no_match)
