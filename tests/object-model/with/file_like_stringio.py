import io
with io.StringIO() as buf:
    buf.write("hello ")
    buf.write("world")
    print(buf.getvalue(), buf.closed)
print(buf.closed)
try:
    buf.getvalue()
except ValueError as e:
    print("ValueError:", e)
src = io.StringIO("line1\nline2\nline3\n")
with src:
    for line in src:
        print(repr(line))
