# Aliasing and mutation while building structures.
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
transposed = [list(row) for row in zip(*matrix)]
print(transposed)
for row in matrix:
    row.append(sum(row))
print(matrix)
stack = []
for ch in "(()[]{[]})":
    if ch in "([{":
        stack.append(ch)
    else:
        stack.pop()
print("balanced", stack == [])
queue = [1]
seen = []
while queue:
    n = queue.pop(0)
    seen.append(n)
    if n < 20:
        queue.extend([n * 2, n * 2 + 1])
print(seen)
a = [1, 2, 3, 4, 5, 6]
for x in a[:]:
    if x % 2 == 0:
        a.remove(x)
print(a)
lst = [1]
lst.append(lst)
print(lst)
