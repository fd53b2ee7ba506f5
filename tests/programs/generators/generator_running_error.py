# A generator raising partway through: the exception propagates to the consumer (uncaught).
def risky():
    yield 1
    yield 2
    raise ValueError("generator failed at step 3")
for v in risky():
    print("value", v)
