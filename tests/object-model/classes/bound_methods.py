class Acc:
    def __init__(self):
        self.total = 0
    def add(self, n):
        self.total += n
        return self
a = Acc()
add = a.add
for i in range(5):
    add(i)
print(a.total)
print(add.__self__ is a, add.__func__ is Acc.add)
ms = [Acc().add for _ in range(2)]
print(ms[0] == ms[1], a.add == a.add)
print(list(map(Acc().add, [1, 2]))[0].total)
print(Acc.add(Acc(), 7).total)
