# Indexing and slicing strings with every step, negative indices and out-of-range bounds.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[::-2], s[8:2:-2], s[-1:-5:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]), s[:0] == "")
u = "ábç😀日"
print(u[0], u[3], u[-1], u[1:4], u[::-1], u[::2], len(u))
for i in range(-len(u), len(u)):
    print(i, u[i], end="; ")
print()
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
