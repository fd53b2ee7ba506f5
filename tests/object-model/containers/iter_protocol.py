class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("__iter__")
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for x in Countdown(2):
    print("loop", x)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
a, b, c = Countdown(3)
print(a, b, c)
print(sum(Countdown(4)), sorted(Countdown(3)), max(Countdown(5)))
print(3 in Countdown(5), 9 in Countdown(3))
