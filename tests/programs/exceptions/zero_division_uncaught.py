# The classic uncaught ZeroDivisionError from a nested call.
def average(xs):
    return sum(xs) / len(xs)
print(average([1, 2, 3]))
print(average([]))
