# Closures created inside methods capture self and local variables.
class Counter:
    def __init__(self, start):
        self.count = start
    def make_incrementer(self, step):
        def inc():
            self.count += step
            return self.count
        return inc
    def make_reader(self):
        return lambda: f"count={self.count}"
c = Counter(10)
inc2 = c.make_incrementer(2)
inc5 = c.make_incrementer(5)
read = c.make_reader()
print(inc2(), inc5(), inc2(), read())
c.count = 0
print(read(), inc5())
