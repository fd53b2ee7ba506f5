e = ValueError("with notes")
e.add_note("first")
e.add_note("multi\nline")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
try:
    e.add_note()
except TypeError as err:
    print("TypeError:", err)
other = KeyError("k")
other.__notes__ = "not a list"
try:
    other.add_note("x")
except TypeError as err:
    print("TypeError:", err)
other.__notes__ = ("tuple",)
try:
    other.add_note("x")
except TypeError as err:
    print("TypeError:", err)
e.__notes__.append(42)
raise e
