x = 10
f = lambda a, b=x, *args, c=x * 2, **kw: (a, b, args, c, sorted(kw))
x = 99
print(f(1), f(1, 2, 3, c=4, z=5))
def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket
print(defaults_evaluated_once(1), defaults_evaluated_once(2))
print(defaults_evaluated_once.__defaults__)
g = lambda: (yield)
print(type(g()).__name__)
h = lambda *, k: k * 2
print(h(k=4))
try:
    h(4)
except TypeError as e:
    print("TypeError:", e)
print((lambda: 1).__name__, (lambda x: x).__qualname__)
