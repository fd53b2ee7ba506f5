def hello(self):
    return f"hi {self.name}"
Person = type("Person", (), {"name": "anon", "hello": hello})
p = Person()
print(p.hello(), type(p).__name__, Person.__name__)
p.name = "bob"
print(p.hello())
Emp = type("Emp", (Person,), {"role": "dev"})
e = Emp()
print(e.hello(), e.role, isinstance(e, Person), [c.__name__ for c in Emp.__mro__])
print(type(Person).__name__, type(type).__name__, type(3) is int)
print(type("X", (), {})().__class__.__name__)
