class A:
    x = "A.x"
    def m(self):
        return "A.m"
class B(A):
    x = "B.x"
    def m(self):
        return "B.m"
    def show(self):
        return super().x, super().m(), self.x, self.m()
print(B().show())
s = super(B, B())
print(s.x, s.m())
try:
    super(B, B()).nothing
except AttributeError as e:
    print("AttributeError:", e)
