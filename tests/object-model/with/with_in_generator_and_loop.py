class Res:
    open_count = 0
    def __init__(self, n): self.n = n
    def __enter__(self):
        Res.open_count += 1
        print("open", self.n)
        return self
    def __exit__(self, *a):
        Res.open_count -= 1
        print("close", self.n)
def gen():
    for i in range(3):
        with Res(i) as r:
            yield r.n
for v in gen():
    print("got", v)
    if v == 1:
        break
print("open count", Res.open_count)
def find(items):
    for i in items:
        with Res(i):
            if i == 2:
                return i
print(find([1, 2, 3]), Res.open_count)
