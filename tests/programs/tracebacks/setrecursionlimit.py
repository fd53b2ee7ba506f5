# sys.setrecursionlimit changes when RecursionError triggers.
import sys
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(150 < d < 200)
sys.setrecursionlimit(5000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(3000))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
