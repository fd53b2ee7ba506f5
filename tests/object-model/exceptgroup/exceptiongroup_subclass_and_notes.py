class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
g = MyGroup("mine", [ValueError("a"), TypeError("b")])
m, r = g.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
e = ValueError("with note")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
g2 = ExceptionGroup("top", [e])
print(repr(g2))
print(g2.exceptions[0] is e)
