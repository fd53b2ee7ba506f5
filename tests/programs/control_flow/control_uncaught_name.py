# A NameError (typo) inside a loop is uncaught.
total = 0
for value in range(3):
    total += value
    print(total)
print(grand_sum)
