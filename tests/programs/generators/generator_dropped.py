# A suspended generator runs its finally block as soon as the last reference goes away,
# and a generator still alive at exit is finalised after the module finishes.
def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)
a = g("reassigned")
next(a)
a = None
print("after reassign")
b = [g("in list")]
next(b[0])
b.clear()
print("after clear")
def scope():
    c = g("local")
    next(c)
    return "returned"
print(scope())
d = g("global at exit")
next(d)
e = g("never started")
print("end of module")
