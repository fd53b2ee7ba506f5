class Reusable:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("enter depth", self.depth)
        return self.depth
    def __exit__(self, *a):
        print("exit depth", self.depth)
        self.depth -= 1
r = Reusable()
with r as d1:
    with r as d2:
        print(d1, d2)
with r:
    pass
