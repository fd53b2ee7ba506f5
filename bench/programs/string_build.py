"""String building: f-strings, joins, splits, replace and slicing."""


def build(n):
    parts = []
    for i in range(n):
        parts.append(f"item-{i:05d}:{i * 7 % 13}")
    text = ",".join(parts)
    fields = text.split(",")
    total = 0
    for f in fields:
        name, value = f.split(":")
        total += int(value) + len(name.replace("item-", ""))
    s = ""
    for i in range(20000):
        s += chr(97 + i % 26)
    return total, len(text), s[::97][:30], text.upper().count("ITEM")


print(build(1_000_000))
