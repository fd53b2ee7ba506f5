# Default values are evaluated once, at definition time.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(tag=next_id()):
    return tag
print(make(), make(), counter)
n = 10
def uses_n(v=n):
    return v
n = 20
print(uses_n(), n)
def fresh(acc=None):
    if acc is None:
        acc = []
    acc.append(1)
    return acc
print(fresh(), fresh())
