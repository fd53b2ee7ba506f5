class Buffer:
    def __init__(self, n):
        self.data = [0] * n
    def __setitem__(self, key, value):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.data))
            print("slice indices", (start, stop, step))
            for i, v in zip(range(start, stop, step), value):
                self.data[i] = v
        else:
            self.data[key] = value
    def __getitem__(self, key):
        return self.data[key]
b = Buffer(6)
b[1:4] = [7, 8, 9]
b[::2] = "abc"
b[-1] = "end"
b[10:] = [1]
print(b.data, b[::-1], b[2])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
s = slice(1, 5)
print(s.start, s.stop, s.step, s == slice(1, 5), repr(s))
