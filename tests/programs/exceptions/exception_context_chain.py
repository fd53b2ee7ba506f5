# Implicit exception chaining through several levels.
def a():
    raise ValueError("a failed")
def b():
    try:
        a()
    except ValueError:
        raise KeyError("b failed")
def c():
    try:
        b()
    except KeyError:
        raise RuntimeError("c failed")
try:
    c()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
c()
