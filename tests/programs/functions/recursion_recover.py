# After a caught RecursionError, recursion works normally again.
def deep(n):
    return n if n == 0 else deep(n - 1)
def infinite(n):
    return infinite(n + 1)
for attempt in range(3):
    try:
        infinite(0)
    except RecursionError as e:
        print("attempt", attempt, type(e).__name__, e)
    print(deep(500))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion hit the limit")
print(deep(900))
