import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell(), repr(s.getvalue()))
print(s.seek(0), repr(s.read(5)), s.tell(), repr(s.read()), repr(s.read()))
s.seek(6)
s.write("W")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, io.SEEK_END)
print(s.tell(), s.readable(), s.writable(), s.seekable(), s.isatty())
for args in [(-1,), (1, 1), (0, 5)]:
    try:
        s.seek(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)
try:
    s.write(5)
except TypeError as e:
    print("TypeError:", e)
r = io.StringIO("a\nbb\n\nccc")
print(repr(r.readline()), repr(r.readline(1)), repr(r.readline()), r.readlines())
print(list(io.StringIO("x\ny\n")), io.StringIO("one\ntwo").readlines(), repr(io.StringIO().read()))
out = io.StringIO()
print("to", "buffer", sep="-", end="!\n", file=out)
print(1, 2, file=out)
out.writelines(["a", "b\n"])
print(repr(out.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for f in (c.getvalue, c.read, c.tell, lambda: c.write("x")):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
n = io.StringIO(newline=None)
n.write("a\r\nb\rc\n")
print(repr(n.getvalue()))
big = io.StringIO()
for i in range(20000):
    big.write(str(i % 10))
print(len(big.getvalue()), big.getvalue()[-5:])
