# finally runs on return, break and continue; return in finally overrides.
def f():
    try:
        return "from try"
    finally:
        print("finally on return")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(h())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("loop finally", n)
print(counter())
def value_of_x():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_of_x())
