def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
def g():
    if False:
        y = 1
    try:
        y
    except NameError as e:
        print(type(e).__name__, e)
g()
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
def h():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
    return inner()
print(h())
