# Match groups: numbering, names, defaults, spans, lastindex/lastgroup, expand, errors.
import re

m = re.match(r"(?P<y>\d{4})-(?P<mo>\d\d)(-(?P<d>\d\d))?", "2024-05 rest")
print(m.group(), m.group(0), m.group(1), m.group("mo"), m.group(1, "mo", 3))
print(m.groups(), m.groups("?"), m.groupdict(), m.groupdict(default="-"))
print(m.start(), m.end(), m.span(), m.span("y"), m.start(3), m.end("d"), m.span(4))
print(m[0], m[1], m["y"], m[3])
print(m.lastindex, m.lastgroup)
print(m.expand(r"\g<y>/\2 [\g<0>] \3|\g<d>|"))
print(m.expand(r"\1\n\t\\"))

for bad in [5, -1, "nope", 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m[9]
except IndexError as e:
    print("IndexError", e)
try:
    m.start("zz")
except IndexError as e:
    print("IndexError", e)
try:
    m.expand(r"\g<zz>")
except IndexError as e:
    print("IndexError", e)
try:
    m.expand(r"\9")
except re.error as e:
    print("error", e)

# lastindex is the last group closed; lastgroup its name (None when unnamed).
print(re.match("(a)(b)", "ab").lastindex, re.match("((a)b)", "ab").lastindex)
print(re.match("(?P<o>(?P<i>a)b)", "ab").lastgroup, re.match("(a)", "a").lastgroup)
print(re.match("a", "a").lastindex, re.match("(a)|b", "b").lastindex)
print(re.match("(?P<x>a)|(?P<y>b)", "b").lastgroup)

# Groups inside repetitions keep their last iteration.
print(re.match(r"(\w)+", "abc").groups(), re.match(r"(?:(a)|b)*", "ab").groups())
print(re.match(r"((a)|b)+", "abab").groups(), re.match(r"(a|)*b", "aab").groups())
print(re.match(r"(a*)*b", "b").groups(), re.match(r"(a*)+b", "b").groups())
print(re.match(r"(x)?y", "y").groups(), re.match(r"(x)?y", "y").span(1))
print(re.match(r"(?:(a)|(b))+", "ab").groups())

# Named group order and groupindex.
p = re.compile(r"(?P<b>x)(?P<a>y)(z)")
print(p.groupindex, p.groups, list(p.groupindex))
print(p.match("xyz").groupdict())
print(re.compile("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)").match("abcdefghijk").group(11))
