from functools import cached_property
class Dataset:
    def __init__(self, xs):
        self.xs = xs
    @cached_property
    def stats(self):
        print("computing stats")
        return min(self.xs), max(self.xs), sum(self.xs) / len(self.xs)
d = Dataset([3, 1, 2])
print(d.stats)
print(d.stats)
del d.stats
print(d.stats)
d.stats = "overridden"
print(d.stats, "stats" in d.__dict__)
print(type(Dataset.stats).__name__)
