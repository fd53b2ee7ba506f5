# Bound methods as values and attributes holding functions.
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
