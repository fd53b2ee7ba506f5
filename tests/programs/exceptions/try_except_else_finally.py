# try/except/else/finally ordering in every combination.
def run(f):
    try:
        print("try")
        f()
    except ValueError as e:
        print("except ValueError", e)
    except (KeyError, IndexError) as e:
        print("except tuple", type(e).__name__, e)
    else:
        print("else")
    finally:
        print("finally")
def ok(): pass
def ve(): raise ValueError("v")
def ke(): raise KeyError("k")
def ie(): [][0]
for f in [ok, ve, ke, ie]:
    run(f)
    print("--")
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
try:
    pass
finally:
    print("finally without except")
