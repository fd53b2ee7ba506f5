# __closure__ and its cell objects keep their identity; cell_contents follows rebinding.


def outer():
    x = 1
    y = "a"

    def f():
        return x, y

    def g():
        nonlocal x
        x += 10
        return x

    def h():
        return x

    return f, g, h


f, g, h = outer()
print(f.__closure__ is f.__closure__)
print(f.__closure__[0] is f.__closure__[0])
print(len(f.__closure__), len(g.__closure__), len(h.__closure__))
# Two functions closing over one variable share one cell object.
print(f.__closure__[0] is g.__closure__[0])
print(g.__closure__[0] is h.__closure__[0])
print(f.__closure__[1] is f.__closure__[0])
c = f.__closure__[0]
print(c.cell_contents)
print(g())
print(c.cell_contents, f.__closure__[0].cell_contents, h())
print(g(), c.cell_contents)
print(type(c).__name__)
print(f.__closure__[1].cell_contents)

# A cell kept after its function is gone still reflects the variable.
cells = [fn.__closure__[0] for fn in outer()[:2]]
print(cells[0] is cells[1])


# A cell that is still empty, then filled.
def late():
    def get():
        return v

    c = get.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    print(repr(c).split(" at ")[0], repr(c).endswith(": empty>"))
    v = 42
    print(c.cell_contents, get.__closure__[0] is c)
    del v
    try:
        print(c.cell_contents)
    except ValueError as e:
        print("ValueError:", e)
    return get


late()


# Closures made in a loop: each call makes new cells.
def make(n):
    def k():
        return n

    return k


a, b = make(1), make(2)
print(a.__closure__[0] is b.__closure__[0])
print(a.__closure__[0].cell_contents, b.__closure__[0].cell_contents)
print(make.__closure__)


# Nested three deep: the middle function carries the cell too.
def top():
    z = [1]

    def mid():
        def low():
            return z

        return low

    return mid


mid = top()
low = mid()
print(mid.__closure__[0] is low.__closure__[0])
print(low.__closure__[0].cell_contents is low())
