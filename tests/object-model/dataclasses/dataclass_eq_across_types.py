from dataclasses import dataclass
@dataclass
class A:
    v: int
@dataclass
class B:
    v: int
class ASub(A):
    pass
print(A(1) == B(1), A(1) == ASub(1), ASub(1) == A(1), A(1) == A(1))
print(A(1) != B(1), [A(1)] == [A(1)], A(1) in [B(1), A(1)])
