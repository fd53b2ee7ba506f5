# Unbounded recursion raises RecursionError, which can be caught; then it is left uncaught.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(900))
def forever():
    return forever()
forever()
