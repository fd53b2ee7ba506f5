# Every (start, stop, step) combination in a small grid, compared to a manual implementation.
s = "abcdefg"
def manual(s, a, b, c):
    idx = range(len(s))[slice(a, b, c)]
    return "".join(s[i] for i in idx)
bad = 0
for a in [None, -9, -3, 0, 2, 6, 9]:
    for b in [None, -9, -3, 0, 2, 6, 9]:
        for c in [None, -3, -1, 1, 2]:
            if s[a:b:c] != manual(s, a, b, c):
                bad += 1
print("mismatches:", bad)
print([s[a:b] for a in range(-2, 3) for b in range(-2, 3)])
print([s[::c] for c in [1, 2, 3, -1, -2, -3, 7, -7, 100]])
