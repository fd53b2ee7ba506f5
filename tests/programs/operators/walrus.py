# Assignment expressions in conditions, comprehensions and while loops.
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x * 2) > 20], y)
total = 0
i = 0
while (chunk := data[i:i + 2]):
    total += sum(chunk)
    i += 2
print(total, chunk, i)
print((a := 10), a + 1, [(b := j) for j in range(3)], b)
def f():
    if any((hit := v) > 20 for v in data):
        return hit
print(f())
vals = [m for v in data if (m := v % 5)]
print(vals, m)
print(c := 5 if False else "walrus", c)
