class Counted:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads
class C:
    x = Counted()
c = C()
print(c.x, c.x, C.x)
print(C.__dict__["x"].reads)
class Override(C):
    x = 5
print(Override().x)
