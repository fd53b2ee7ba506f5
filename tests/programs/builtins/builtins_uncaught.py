# An uncaught TypeError from a builtin called wrongly.
values = [3, 1, 2]
print(sorted(values))
print(len(42))
