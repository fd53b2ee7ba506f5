# An uncaught TypeError from an unsupported operand at the end.
print(1 + 2)
items = ["a", "b"]
print(len(items) + " items")
