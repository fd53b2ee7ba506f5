class C:
    def method(self):
        return "method"
    value = 1
c = C()
c.method = lambda: "instance lambda"
print(c.method(), C().method())
c.value = 2
print(c.value, C.value)
C.value = 3
print(c.value, C().value)
bm = C().method
print(bm(), bm.__name__, bm.__self__.__class__.__name__)
f = C.method
print(f(c), f.__name__)
print(callable(bm), callable(C), callable(c))
