# Results of set operations on strings print in hash order (PYTHONHASHSEED=0).
a = set("abcdefgh")
b = set("efghijkl")
print(a | b)
print(a & b)
print(a - b)
print(a ^ b)
words = {"red", "green", "blue", "cyan", "magenta", "yellow", "black", "white"}
print(words)
print(words - {"red", "blue"})
print({w.upper() for w in words})
print(sorted(words) == sorted(list(words)), len(words | {"RED"}))
