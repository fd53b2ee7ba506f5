# The repr of the key appears on the last line of a KeyError traceback.
table = {(1, 2): "a"}
print(table[(1, 2)])
print(table[(3, 4)])
