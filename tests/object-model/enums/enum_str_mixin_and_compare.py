from enum import Enum
class Status(str, Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
print(Status.ACTIVE == "active", Status("inactive"), Status.ACTIVE.upper(), f"{Status.ACTIVE}")
print(sorted(Status, key=lambda s: s.value, reverse=True))
class A(Enum):
    X = 1
class B(Enum):
    X = 1
print(A.X == B.X, A.X == A.X, A.X != B.X)
try:
    A.X < A.X
except TypeError as e:
    print("TypeError:", e)
print({A.X: "a", B.X: "b"}[A.X])
