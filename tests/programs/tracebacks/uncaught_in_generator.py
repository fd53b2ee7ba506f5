# An exception escaping a generator consumed by a for loop.
def numbers():
    for s in ["1", "2", "three"]:
        yield int(s)
for n in numbers():
    print(n)
