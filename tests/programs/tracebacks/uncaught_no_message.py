# Uncaught exceptions without a message show just the class name.
def f():
    raise NotImplementedError
print("start")
f()
