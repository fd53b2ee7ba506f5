class T:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth
    def __bool__(self):
        print("test", self.name)
        return self.truth
    def __repr__(self):
        return self.name
a, b, c = T("a", False), T("b", True), T("c", True)
print(a or b)
print(b and c)
print(a and b)
print(a or b or c)
x = b if a else c
print(x)
while a:
    pass
print(all([b, c]), any([a, b]))
