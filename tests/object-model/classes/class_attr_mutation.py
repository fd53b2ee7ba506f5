class Counter:
    count = 0
    items = []
    def __init__(self, name):
        Counter.count += 1
        self.items.append(name)
        self.name = name
a = Counter("a"); b = Counter("b")
print(Counter.count, a.count, b.items)
a.count = 99
print(Counter.count, a.count, b.count)
del a.count
print(a.count)
Counter.count = 50
print(a.count, b.count)
Counter.new_attr = "added"
print(a.new_attr)
print("count" in Counter.__dict__, "count" in vars(a), sorted(vars(a)))
