"""One method-call site seeing receivers of many types in turn (inline caches must follow)."""


class Counter:
    def count(self, x):
        return f"Counter.count({x!r})"


class MyList(list):
    def count(self, x):
        return f"MyList.count({x!r}) -> {super().count(x)}"


class MyStr(str):
    pass


class Err(Exception):
    def add_note(self, note):
        return f"own add_note({note!r})"


receivers = [
    "banana",
    [1, "a", "a"],
    ("a", "b", "a"),
    b"aXa",
    bytearray(b"aaa"),
    Counter(),
    MyList(["a"]),
    MyStr("aaa"),
    "a",
    range(3),
]
for r in receivers * 2:
    arg = 97 if isinstance(r, (bytes, bytearray)) else ("a" if not isinstance(r, range) else 1)
    print(type(r).__name__, r.count(arg))

# A site that hits for one type and then misses for another with no such method.
for v in ["a b", [1, 2], 3, None]:
    try:
        print(v.split())
    except AttributeError as e:
        print("AttributeError:", e)

# Exception instances: methods of the class win over the built-in ones.
for e in [ValueError("x"), Err("y"), KeyError("z")]:
    try:
        print(e.add_note("n"), getattr(e, "__notes__", None))
    except Exception as ex:
        print(type(ex).__name__, ex)

# Same name, different tables: dict.get / list index / str.index alternate.
for obj, key in [({"k": 1}, "k"), ([5, 6], 6), ("xyz", "z"), ({"k": 1}, "q")] * 2:
    fn = "get" if isinstance(obj, dict) else "index"
    print(obj.get(key) if fn == "get" else obj.index(key))

# Method replaced on a class between calls from one site.
class K:
    def m(self):
        return "first"


k = K()
for i in range(3):
    print(k.m())
    K.m = lambda self, i=i: f"patched {i}"
k.m = lambda: "instance attribute"
print(k.m())
print([1, 2, 3].pop(), "x".join(["a", "b"]), {1: 2}.pop(1), {3}.pop())
