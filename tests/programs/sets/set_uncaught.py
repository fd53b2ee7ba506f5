# remove() of a missing element is an uncaught KeyError.
s = {"red", "green"}
s.remove("green")
print(sorted(s))
s.remove("blue")
