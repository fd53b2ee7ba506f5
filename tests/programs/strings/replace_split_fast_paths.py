"""str.replace and str.split on short and long strings, one-byte and longer separators."""

short = "item-00042:7"
print(short.replace("item-", ""), short.replace("-", "+"), short.replace("x", "y"))
print(short.replace("", "|"), short.replace("", "|", 3), short.replace("", "|", 0))
print("aaaa".replace("aa", "b"), "aaaaa".replace("aa", "b", 1), "abab".replace("ab", "ab!", -1))
print("abc".replace("abc", ""), "abc".replace("abcd", "x"), "".replace("a", "b"), "".replace("", "z"))
print("héllo wörld".replace("ö", "o"), "ééé".replace("é", "e", 2), "x€y€z".replace("€", "EUR"))
long = "ab-" * 200 + "tail"
r = long.replace("-", "+")
print(len(r), r.count("+"), r[-10:], long.replace("ab-", "", 199)[:12])
print(long.replace("ab-a", "Z", 3)[:20], long.replace("tail", "end")[-8:])
print(long.replace("ab-" * 150, "<150>").count("ab-"))
try:
    short.replace(1, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    short.replace("a", None)
except TypeError as e:
    print("TypeError:", e)
try:
    short.replace("a", "b", "c")
except TypeError as e:
    print("TypeError:", e)

print("a,b,,c,".split(","), ",a".split(","), ",".split(","), "".split(","))
print("a,b,c,d".split(",", 1), "a,b,c,d".split(",", 0), "a,b,c,d".split(",", -1))
print("a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", 2), ",x,".rsplit(","))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "é,ü,ß".split(","), "a€b€c".split("€"))
print("name:value".split(":"), "k=v=w".split("=", maxsplit=1), "k=v=w".rsplit(sep="=", maxsplit=1))
big = ",".join(f"f{i}" for i in range(3000))
parts = big.split(",")
print(len(parts), parts[0], parts[-1], len(big.rsplit(",", 5)), big.rsplit(",", 2)[1:])
try:
    "a,b".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a,b".split(1)
except TypeError as e:
    print("TypeError:", e)
