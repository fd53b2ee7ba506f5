# Dict order after heavy churn: deletions leave holes, re-insertions go to the end.
d = {i: str(i) for i in range(20)}
for i in range(0, 20, 3):
    del d[i]
for i in range(0, 20, 6):
    d[i] = "again"
print(list(d))
print(d)
for k in list(d)[:5]:
    d.pop(k)
d.update({100: "x", 3: "y"})
print(list(d.items())[:6], len(d))
s = {}
for word in "one two three two one four five four".split():
    if word in s:
        del s[word]
    s[word] = len(s)
print(s)
