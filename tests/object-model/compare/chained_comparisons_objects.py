class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"{self.v}<{o.v}")
        return self.v < o.v
a, b, c = N(1), N(2), N(0)
print(a < b < c)
print(c < a < b)
class Weird:
    def __eq__(self, o):
        return "truthy"
    def __ne__(self, o):
        return 0
print(Weird() == 1, Weird() != 1, [Weird()] == [1], (Weird(),) != (1,))
