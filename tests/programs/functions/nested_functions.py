# Functions defined inside functions, inside loops, conditionally, and redefined.
def make(kind):
    if kind == "square":
        def f(x):
            return x * x
    else:
        def f(x):
            return -x
    return f
print(make("square")(5), make("neg")(5))
def redefine():
    def g():
        return 1
    first = g()
    def g():
        return 2
    return first, g()
print(redefine())
funcs = []
for n in range(3):
    def mult(x, n=n):
        return x * n
    funcs.append(mult)
print([f(10) for f in funcs])
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))
