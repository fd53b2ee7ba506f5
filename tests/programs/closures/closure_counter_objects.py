# Closures emulating objects: a stack with push/pop/size sharing one list.
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size
push, pop, size = make_stack()
for c in "abc":
    push(c)
print(size(), pop(), pop(), size())
p2, o2, s2 = make_stack()
p2(1)
print(s2(), size())
def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
n = fib_gen()
print([n() for _ in range(12)])
