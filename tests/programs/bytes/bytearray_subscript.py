# bytearray indexing, slicing, item and slice assignment and deletion.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 1


ba = bytearray(b"abcdef")
print(ba[0], ba[-1], ba[Idx()], ba[True], type(ba[0]).__name__)
print(ba[1:4], ba[::-1], ba[::2], ba[10:], ba[-2:], ba[:], ba[:] is ba, ba[4:1])
t(lambda: ba[6])
t(lambda: ba[-7])
t(lambda: ba[2**70])
t(lambda: ba["a"])
t(lambda: ba[1.0])
t(lambda: ba[None])

b = bytearray(b"hello world")
b[0] = 72
b[-1] = ord("D")
b[Idx()] = 69
print(b)
b[0:5] = b"HOWDY"
print(b)
b[0:5] = [1, 2]
print(b)
b[5:2] = b"ins"
print(b)
b[len(b):] = b"!!"
b[:0] = bytearray(b"<<")
print(b)
b[1:1] = b
print(b)
b[:] = b
print(b)
b[:] = range(5)
print(b)
b[:] = (x for x in [7, 8])
print(b)
b[100:] = b"end"
print(b)
b[-100:1] = b""
print(b)

c = bytearray(range(10))
c[::3] = bytearray(b"abcd")
print(c)
c[1:8:2] = b"WXYZ"
print(c)
c[::-1] = bytes(len(c))
print(c)
c[::2] = b""
print(c, len(c))
c[::-2] = []
print(c, len(c))

d = bytearray(range(12))
del d[::2]
print(d)
del d[0]
print(d)
del d[-1]
print(d)
del d[1:3]
print(d)
del d[::-3]
print(d)
del d[100:]
print(d)
del d[:]
print(d)

e = bytearray(b"xyz")
t(lambda: e.__setitem__(0, "a"))
t(lambda: e.__setitem__(0, 256))
t(lambda: e.__setitem__(0, -1))
t(lambda: e.__setitem__(0, 1.0))
t(lambda: e.__setitem__(0, b"a"))
t(lambda: e.__setitem__(5, 1))
t(lambda: e.__setitem__(-4, 1))
t(lambda: e.__setitem__(5, "a"))
t(lambda: e.__setitem__(5, 300))
t(lambda: e.__setitem__("x", 1))
t(lambda: e.__setitem__(slice(0, 1), 5))
t(lambda: e.__setitem__(slice(0, 1), 2.5))
t(lambda: e.__setitem__(slice(0, 1), "ab"))
t(lambda: e.__setitem__(slice(0, 1), None))
t(lambda: e.__setitem__(slice(0, 1), [300]))
t(lambda: e.__setitem__(slice(0, 1), ["a"]))
t(lambda: e.__setitem__(slice(None, None, 2), b"xyz"))
t(lambda: e.__setitem__(slice(0, 3, -1), b"x"))
t(lambda: e.__delitem__(3))
t(lambda: e.__delitem__(-4))
t(lambda: e.__delitem__("k"))
print(e)
e[0] = True
e[1] = Idx()
print(e, e.__getitem__(0), e.__getitem__(slice(1, None)))
e.__setitem__(2, 122)
e.__delitem__(0)
print(e)
