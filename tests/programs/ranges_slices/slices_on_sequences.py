# The same slices applied to str, bytes, list, tuple and range give matching results.
seqs = ["abcdefghij", b"abcdefghij", list("abcdefghij"), tuple("abcdefghij"), range(10)]
for sl in [slice(None, None, 3), slice(-3, None), slice(7, 1, -2), slice(2, -2), slice(None, None, -1), slice(20, 30)]:
    out = []
    for s in seqs:
        part = s[sl]
        out.append(len(part))
    print(sl, out, seqs[0][sl], seqs[2][sl], list(seqs[4][sl]))
print("".join(seqs[2][::2]), bytes(seqs[1][1::2]), seqs[3][-2:], seqs[4][-2:])
