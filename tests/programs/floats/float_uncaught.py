# Float division by zero is uncaught here: traceback and exit status 1.
def ratio(a, b):
    return a / b
print(ratio(1.0, 4))
print(ratio(3, 0.0))
