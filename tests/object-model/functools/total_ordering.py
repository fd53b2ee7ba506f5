from functools import total_ordering
@total_ordering
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return self.c == o.c
    def __lt__(self, o):
        return self.c < o.c
    def __repr__(self):
        return f"M{self.c}"
a, b = Money(1), Money(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Money(1))
print(sorted([Money(3), a, b]), max(a, b))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
