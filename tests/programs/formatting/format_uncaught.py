# A bad format spec left uncaught ends the program with ValueError.
value = 3.5
print(f"{value:.1f}")
print(f"{value:d}")
