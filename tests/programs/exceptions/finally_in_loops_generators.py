# finally blocks combined with loops, returns inside loops, and generators closed by break.
def find(items, target):
    for i, x in enumerate(items):
        try:
            if x == target:
                return i
        finally:
            print("checked", x)
    return -1
print(find(["a", "b", "c"], "b"))
print(find([], "z"))
def numbered(xs):
    try:
        for i, x in enumerate(xs):
            yield i, x
    finally:
        print("generator cleanup")
for i, x in numbered("abc"):
    if i == 1:
        break
    print(i, x)
print("after loop")
