# finally inside generators with return and exceptions.
def g():
    try:
        yield "a"
        return "ret"
    finally:
        print("finally runs")
print(list(g()))
def h():
    try:
        yield 1
        raise KeyError("inside")
    finally:
        print("cleanup h")
try:
    for x in h():
        print(x)
except KeyError as e:
    print("caught", e)
def nested():
    for i in range(3):
        try:
            yield i
        finally:
            print("end of iteration", i)
n = nested()
print(next(n), next(n))
n.close()
print("closed")
