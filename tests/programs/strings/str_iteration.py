# Iterating strings: enumerate, zip, reversed, sorted, and character classification.
s = "Hello, Wörld! 123 😀"
print([c for c in s if c.isupper()], [c for c in s if c.isdigit()], sum(c.isalpha() for c in s))
for i, c in enumerate(s):
    if not c.isascii():
        print(i, c, ord(c), hex(ord(c)))
print(list(zip(s, s[1:]))[:4], "".join(reversed(s)), sorted(set(s.lower()) - set(" ,!")))
vowels = "aeiouö"
print("".join(c for c in s if c.lower() not in vowels), sum(1 for c in s if c.lower() in vowels))
print(s.lower().count("l"), s.upper(), s.swapcase(), s.title())
