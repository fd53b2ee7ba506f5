# A zero step is rejected at construction (uncaught ValueError).
print(list(range(0, 10, 5)))
steps = [2, 1, 0]
for s in steps:
    print(list(range(0, 4, s)))
