# Iterating bytes gives ints; building bytes from ints; checksums.
data = "Grüße, 世界".encode()
print(data, len(data))
print([hex(x) for x in data])
total = 0
for byte in data:
    total = (total * 31 + byte) % 65521
print(total)
print(bytes(x ^ 0x20 for x in b"Hello"), bytes(sorted(b"banana")), max(b"xyz"), min(b"xyz"), sum(b"abc"))
print(list(reversed(b"abc")), list(enumerate(b"hi")), b"abc"[::-1], sorted(b"cab"))
print(b"abc".hex(), [b"abc"[i:i + 1] for i in range(3)])
print(dict.fromkeys(b"aab"), set(b"aab") == {97, 98})
