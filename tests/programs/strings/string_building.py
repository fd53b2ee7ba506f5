# Building strings incrementally and with join; ord/chr round trips.
out = ""
for i in range(10):
    out += chr(ord("a") + i) * (i % 3 + 1)
print(out, len(out))
parts = []
for word in "the quick brown fox jumps over the lazy dog".split():
    parts.append(word[::-1].capitalize())
print(" ".join(parts))
print("".join(sorted("mississippi")), "".join(reversed("stressed")))
counts = {}
for c in "mississippi":
    counts[c] = counts.get(c, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
caesar = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in "hello, world!")
print(caesar)
print([chr(i) for i in range(945, 955)], ord("€"), chr(0x1F600), chr(0))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
