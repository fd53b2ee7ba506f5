values = [0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), ((),), {}, {0: 0}, set(), None, range(0), range(1), b"", bytearray(1), 0j]
print([bool(v) for v in values])
class Empty:
    def __len__(self):
        return 0
class Full(Empty):
    def __bool__(self):
        return True
print(bool(Empty()), bool(Full()), not Empty(), Empty() or "fallback", Full() and "both")
print([x for x in [Empty(), Full(), 0, "a"] if x].__len__())
n = 0
while Empty() or n < 2:
    n += 1
print(n)
print(any([Empty(), 0, ""]), all([Full(), 1, "x"]), sum(1 for x in [Empty(), Full()] if not x))
