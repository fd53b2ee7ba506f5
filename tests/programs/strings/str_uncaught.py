# An uncaught AttributeError on a str method.
s = "hello"
print(s.upper())
print(s.reverse())
