class Tag(str):
    def wrap(self):
        return f"<{self}>"
    def upper(self):
        return Tag("UP:" + str.upper(self))
t = Tag("div")
print(t.wrap(), t.upper(), t.upper().wrap(), len(t), t + "x", type(t + "x").__name__)
print(t == "div", "div" == t, hash(t) == hash("div"), {t: 1}["div"])
print(t.startswith("d"), t[1:], type(t[1:]).__name__, repr(t))
class Name(str):
    def __new__(cls, v):
        return super().__new__(cls, v.strip().title())
print(Name("  ada lovelace "), f"{Name('x')!r}")
