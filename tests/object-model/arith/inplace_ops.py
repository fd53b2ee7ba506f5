class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        print("__iadd__")
        self.items.append(o)
        return self
    def __add__(self, o):
        print("__add__")
        b = Bag(); b.items = self.items + [o]
        return b
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
b = Bag()
orig = b
b += 1
b += 2
print(b is orig, b.items)
b -= 1
b *= 3
print(b.items)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1); y = x
x += 5
print(x.v, y.v, x is y)
class NoneReturn:
    def __iadd__(self, o):
        pass
n = NoneReturn()
n += 1
print(n)
l = [1]; l2 = l
l += [2]
t = (1,); t2 = t
t += (2,)
print(l is l2, t is t2, l2, t2)
