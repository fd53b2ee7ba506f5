class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
with Pair() as (a, (b, c)):
    print(a, b, c)
class Holder:
    pass
h = Holder()
d = {}
with Pair() as h.attr:
    pass
with Pair() as d["k"]:
    pass
print(h.attr, d)
