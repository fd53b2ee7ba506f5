# A large dict: inserts, deletes, lookups, order after resizing.
d = {}
for i in range(5000):
    d[i * 7 % 5003] = i
print(len(d), d[0], d[7], d[5002] if 5002 in d else None)
for i in range(0, 5000, 2):
    del d[i * 7 % 5003]
print(len(d), list(d)[:10], list(d.values())[-5:])
s = {str(i): i for i in range(1000)}
print(len(s), s["999"], list(s)[:5], sum(s.values()))
