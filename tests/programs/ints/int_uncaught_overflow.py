# An uncaught OverflowError from converting a huge int to float ends the program.
print(float(2**1000) > 0)
print(2**1023 * 2.0 if False else "before")
x = float(2**1024)
print("unreachable", x)
