print("before class")
class C:
    print("in class body")
    a = 1
    b = a + 1
    for i in range(3):
        b += i
    del i
    if b > 3:
        big = True
    def f(self):
        return self.b
print("after class", C.b, C.big, C().f(), hasattr(C, "i"))
class D:
    x = [1, 2]
    y = len(x)
    names = sorted(k for k in ("p", "q"))
print(D.y, D.names)
