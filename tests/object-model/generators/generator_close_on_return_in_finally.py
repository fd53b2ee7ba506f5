def g():
    try:
        yield 1
    finally:
        return "finally-return"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration value", e.value)
def counted():
    count = 0
    try:
        while True:
            yield count
            count += 1
    finally:
        print("closed after", count)
c = counted()
for v in c:
    if v == 3:
        break
c.close()
print("explicit close done")
