# Loop variables, range with mutation of the loop list, and iteration over many types.
for i in range(3):
    i = 10
    print(i, end=" ")
print()
for ch in "hi":
    print(ch, end="|")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=",")
print()
for b in b"AB":
    print(b, end=" ")
print()
for t in [(1, 2), (3, 4)]:
    print(t, end=" ")
print()
nums = [1, 2, 3]
for n in nums:
    if n == 1:
        nums.append(4)
    print(n, end=" ")
print()
for s in sorted({3, 1, 2}):
    print(s, end=" ")
print()
for i, c in enumerate("ab", start=5):
    print(i, c)
