class Inbox:
    def __init__(self):
        self.msgs = []
    def __len__(self):
        return len(self.msgs)
    def __iter__(self):
        return iter(self.msgs)
    def __contains__(self, m):
        return any(m in x for x in self.msgs)
    def __getitem__(self, i):
        return self.msgs[i]
    def add(self, m):
        self.msgs.append(m)
        return self
box = Inbox()
print(bool(box), len(box), list(box), "hi" in box)
box.add("hi there").add("bye")
print(bool(box), len(box), list(box), "hi" in box, "zz" in box, box[-1], box[0][:2])
print(sorted(box), list(enumerate(box)), dict(zip(box, range(5))), "-".join(box))
print(list(map(len, box)), list(filter(lambda m: "b" in m, box)), tuple(box), set(box) == {"bye", "hi there"})
