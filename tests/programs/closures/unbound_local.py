# Assigning to a name anywhere in a function makes it local everywhere in it.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return x
print(f())
def g():
    y = 1
    def h():
        try:
            y += 1
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
    h()
    return y
print(g())
def cond(flag):
    if flag:
        z = "set"
    return z
print(cond(True))
try:
    cond(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def deleted():
    w = 1
    del w
    return w
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_unbound():
    def inner():
        return q
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    q = 1
free_unbound()
counter = 0
def bad_increment():
    counter += 1
bad_increment()
