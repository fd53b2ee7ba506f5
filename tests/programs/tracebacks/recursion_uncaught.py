# Deep recursion without a base case: RecursionError, exit status 1.
def walk(node):
    return walk(node + 1) + 1
print("start")
print(walk(0))
