class Conv:
    @staticmethod
    def km(m):
        return m / 1000
    RATE = km(5000)
    table = {}
    for n in (1000, 2500):
        table[n] = km(n)
    del n
print(Conv.RATE, Conv.table, Conv.km(3000))
class Counter:
    n = 0
    @classmethod
    def inc(cls):
        cls.n += 1
        return cls.n
class Sub(Counter):
    pass
print(Counter.inc(), Sub.inc(), Sub.inc(), Counter.n, Sub.n)
