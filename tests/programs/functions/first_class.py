# Functions as values: stored in containers, passed, returned, attributes.
def shout(s):
    return s.upper() + "!"
def whisper(s):
    return s.lower() + "..."
def apply_all(fs, value):
    return [f(value) for f in fs]
print(apply_all([shout, whisper, len, str.title], "Hello there"))
table = {"loud": shout, "quiet": whisper}
print(table["loud"]("hi"), table["quiet"]("HI"))
print(shout.__name__, callable(shout), callable("shout"), shout is table["loud"])
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
times3 = make_multiplier(3)
print(times3(5), make_multiplier(10)(7), list(map(make_multiplier(2), [1, 2, 3])))
def doc():
    "A docstring."
    return doc.__doc__
print(doc())
print(repr(shout).startswith("<function shout at "))
