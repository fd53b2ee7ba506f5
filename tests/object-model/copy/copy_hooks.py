import copy
class Conf:
    def __init__(self, data, name):
        self.data = data
        self.name = name
    def __copy__(self):
        print("__copy__")
        return Conf(self.data, self.name + "-copy")
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Conf(copy.deepcopy(self.data, memo), self.name + "-deep")
c = Conf({"a": [1]}, "base")
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
c.data["a"].append(2)
print(c1.name, c1.data, c2.name, c2.data)
print(copy.deepcopy([c, c])[0].name)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]; self.b = 2
s = copy.deepcopy(Slotted())
print(s.a, s.b)
