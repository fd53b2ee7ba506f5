# Sets cannot change size during iteration; iterate over a copy instead.
s = {1, 2, 3, 4, 5, 6}
for x in list(s):
    if x % 2 == 0:
        s.discard(x)
print(s)
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
t = {10, 20, 30}
removed = []
while t:
    removed.append(t.pop())
print(removed, t)
