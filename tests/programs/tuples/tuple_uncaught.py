# Assigning into a tuple is a TypeError (uncaught).
point = (3, 4)
print(point)
point[0] = 5
