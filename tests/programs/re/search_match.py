# re.search / re.match / re.fullmatch and Pattern methods with pos/endpos.
import re


def show(m):
    if m is None:
        print("None")
    else:
        print(repr(m), m.span(), m.pos, m.endpos)


show(re.search("b+", "abbbc"))
show(re.search("x", "abc"))
show(re.match("a", "ba"))
show(re.match("b", "ba"))
show(re.fullmatch("a|ab", "ab"))
show(re.fullmatch("a*", "aab"))
show(re.fullmatch("", ""))
show(re.search("", "abc"))
show(re.search("$", "abc"))

p = re.compile(r"\d+")
show(p.search("ab12cd345", 4))
show(p.search("ab12cd345", 4, 8))
show(p.search("ab12cd345", -10, 100))
show(p.search("ab12cd345", 5, 2))
show(p.match("ab12", 2))
show(p.match("ab12", 1))
show(p.fullmatch("ab12x", 2, 4))
show(p.fullmatch("ab12x", 2))
show(p.search(string="x9", pos=1))

# ^ matches only at the real start, not at pos; $ and \Z honour endpos.
show(re.compile("^a").search("ba", 1))
show(re.compile("^a", re.M).search("b\na", 1))
show(re.compile("a$").search("ab", 0, 1))
show(re.compile(r"a\Z").search("ab", 0, 1))
# \b sees the character before pos.
show(re.compile(r"\bfoo").search("xfoo", 1))
show(re.compile(r"(?<=x)foo").match("xfoo", 1))

# $ before a final newline only.
print(re.search("x$", "x\n") is not None, re.search("x$", "x\n\n") is not None)
print(re.search(r"x\Z", "x\n"))
print(re.findall("^", "a\nb\n", re.M), re.findall("$", "a\nb\n", re.M))
print(re.findall(r"^\w", "ab\ncd"), re.findall(r"(?m)^\w", "ab\ncd"))

m = re.search("(a)(b)?", "xa")
print(bool(m), m.string, m.re.pattern, m.re is re.compile("(a)(b)?"))
print(m.regs)
print(re.search("a", "bab") == re.search("a", "bab"))
print(type(m).__name__, type(p).__name__, isinstance(m, re.Match), isinstance(p, re.Pattern))
print(p.pattern, p.groups, p.groupindex, p.flags)
print(p == re.compile(r"\d+"), p != re.compile(r"\d"), hash(p) == hash(re.compile(r"\d+")))
print(re.compile(p) is p)
print(repr(re.compile("a'b\"c\\n")))
print(repr(re.compile("x" * 300))[:30], len(repr(re.compile("x" * 300))))
print(re.purge())
