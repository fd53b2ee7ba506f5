# Inside a class body, a comprehension sees class variables only in its first iterable.
class K:
    base = [1, 2, 3]
    factor = 10
    doubled = [x * 2 for x in base]
    try:
        scaled = [x * factor for x in base]
    except NameError as e:
        scaled = str(e)
print(K.doubled, K.scaled)
factor = 7
class L:
    factor = 100
    vals = [x * factor for x in range(3)]
print(L.vals)
