# Exceptions raised inside finally replace the original (which becomes __context__).
def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        return 1
    finally:
        raise RuntimeError("finally raised over return")
try:
    g()
except RuntimeError as e:
    print(e, e.__context__)
def h():
    try:
        try:
            raise TypeError("a")
        finally:
            print("inner finally")
    except TypeError:
        raise IndexError("b")
    finally:
        print("outer finally")
try:
    h()
except IndexError as e:
    print(repr(e), repr(e.__context__))
def cleanup_fails():
    try:
        print("working")
    finally:
        {}["cleanup key"]
cleanup_fails()
