from enum import IntEnum
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, Priority.HIGH + 1, sorted([Priority.HIGH, 3, Priority.LOW]))
print(int(Priority.MEDIUM), str(Priority.LOW), repr(Priority.LOW), f"{Priority.HIGH}", f"{Priority.HIGH:>4}")
print(Priority(5), [1, 2, 3, 4, 5, 6][Priority.MEDIUM], isinstance(Priority.LOW, int))
print(max(Priority), list(Priority)[::-1])
