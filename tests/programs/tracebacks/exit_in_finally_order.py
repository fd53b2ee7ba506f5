# Output ordering when an uncaught error passes through finally blocks.
def inner():
    try:
        print("inner try")
        raise ValueError("boom")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
