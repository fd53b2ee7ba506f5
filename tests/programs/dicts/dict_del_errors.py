# del of keys, KeyError messages for different key types, then an uncaught KeyError.
d = {"a": 1, 2: "two", (3, 4): "tuple"}
del d["a"]
print(d)
for key in ["missing", 99, (1, 2), None, 1.5, "quote's"]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError on del:", e)
print(d["missing key"])
