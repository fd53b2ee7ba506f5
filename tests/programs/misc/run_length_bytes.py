# Byte-level run-length encoding and a checksum, round-tripped.
def encode(data):
    out = bytearray() if False else []
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += [j - i, data[i]]
        i = j
    return bytes(out)
def decode(data):
    out = []
    for k in range(0, len(data), 2):
        out += [data[k + 1]] * data[k]
    return bytes(out)
raw = b"aaaabbbcccccccccccd" + bytes(300) + "héllo".encode()
enc = encode(raw)
print(len(raw), len(enc), enc[:12], decode(enc) == raw)
print(sum(raw) % 256, sum(enc) % 65536)
