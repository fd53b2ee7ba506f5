class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, key):
        print("get", repr(key))
        if isinstance(key, slice):
            return Seq(self.data[key])
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", repr(key), value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", repr(key))
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq(range(10))
print(s[3], s[-1])
print(s[2:5], s[::3], s[:-7:-2])
s[0] = 100
s[1:3] = ["a", "b", "c"]
del s[::4]
print(s)
print(s[slice(None, 2)])
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
