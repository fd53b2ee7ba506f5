# upper/lower/title/capitalize/swapcase/casefold.
for s in ["hello world", "HELLO", "hElLo WoRlD", "they're bill's friends", "123abc", "ǆemal", "straße", "ΣΑΣ", "o'neil mc-donald", "", "a"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("ﬁx".upper(), "İstanbul".lower(), len("İ".lower()), "ß".upper(), "ß".swapcase())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle(), "Hello world".istitle(), "123".isupper())
