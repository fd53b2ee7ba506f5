class Reporting(list):
    def __iter__(self):
        print("custom __iter__")
        return super().__iter__()
    def __len__(self):
        print("custom __len__")
        return super().__len__()
    def __contains__(self, x):
        print("custom __contains__")
        return super().__contains__(x)
    def __getitem__(self, i):
        print("custom __getitem__", i)
        return super().__getitem__(i)
r = Reporting([1, 2, 3])
print(len(r))
print(2 in r)
print(r[0])
for x in r:
    pass
print(list(r))
print(sorted(r, reverse=True))
a, b, c = r
print(a, b, c)
