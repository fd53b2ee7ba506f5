# Bound methods as values, callable instances via __call__, attributes holding functions.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
    def apply(self, xs):
        return list(map(self, xs))
double = Multiplier(2)
print(double(21), double.apply([1, 2, 3]), callable(double), callable(Multiplier), callable(3))
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name):
        return f"{self.greeting}, {name}"
g = Greeter("Hi")
bound = g.greet
print(bound("Ann"), list(map(bound, ["x", "y"])))
g.greeting = "Yo"
print(bound("Ann"))
class Holder:
    pass
h = Holder()
h.fn = lambda x: x + 1
print(h.fn(1))
