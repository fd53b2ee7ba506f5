# findall (strings or tuples) and finditer, empty matches, pos/endpos.
import re

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)=(\d)", "a=1, b=2, c=x"))
print(re.findall(r"(\w)=\d", "a=1, b=2"))
print(re.findall(r"(a)|(b)", "ab"))
print(re.findall(r"x*", "axxb"))
print(re.findall(r"|a", "aa"))
print(re.findall(r"a|", "aa"))
print(re.findall(r"\b", "ab cd"))
print(re.findall(r"", ""))
print(re.findall(r"(?:ab)+", "ababxab"))
print(re.findall("[aeiou]", "The quick brown fox", re.I))
p = re.compile(r"\w+")
print(p.findall("one two three", 4), p.findall("one two three", 4, 9))
print(p.findall("abc", 5), p.findall("abc", 2, 1))

it = re.finditer(r"(\d)(\w)?", "1a 2 3c")
print(type(it).__name__)
for m in it:
    print(m.span(), m.group(), m.groups())
print(list(it))
print([m.span() for m in re.finditer(r"x*", "axxb")])
print([m.group() for m in p.finditer("one two three", 4, 9)])
print([(m.pos, m.endpos) for m in p.finditer("aa bb", 1, 4)])
it = re.finditer("a", "aXa")
print(next(it).start(), next(it).start())
try:
    next(it)
except StopIteration:
    print("done")
