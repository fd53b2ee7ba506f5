from contextlib import closing, redirect_stdout
import io
class Conn:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)
with closing(Conn("db")) as c:
    print("using", c.name)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("another")
print(repr(buf.getvalue()))
