# ValueError/TypeError messages when unpacking the wrong number or kind of values.
def attempt(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = [1, 2]
def star_too_few():
    a, b, *c = [1]
def not_iterable():
    a, b = 5
def none_value():
    a, b = None
def empty():
    a, = []
attempt(too_many)
attempt(too_few)
attempt(star_too_few)
attempt(not_iterable)
attempt(none_value)
attempt(empty)
def gen_many():
    a, b = (i for i in range(10))
attempt(gen_many)
x, y = "ab"
print(x, y)
p, q = {"only": 1, "two": 2}
print(p, q)
