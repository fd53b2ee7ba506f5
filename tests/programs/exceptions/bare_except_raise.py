# Bare except, bare raise re-raising the active exception, and exception variable cleanup.
try:
    1 / 0
except:
    print("bare except caught")
def reraiser():
    try:
        {}["missing"]
    except KeyError:
        print("logging then re-raising")
        raise
try:
    reraiser()
except KeyError as e:
    print("re-raised KeyError", e)
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def nested():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    nested()
except ValueError as e:
    print("still the first:", e)
