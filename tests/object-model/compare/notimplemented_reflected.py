class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
class B:
    def __eq__(self, other):
        print("B.__eq__")
        return True
    def __gt__(self, other):
        print("B.__gt__")
        return "B says gt"
print(A() == B())
print(A() < B())
print(B() == A())
try:
    A() < A()
except TypeError as e:
    print("TypeError:", e)
print(A() == A())
print(A() != A())
