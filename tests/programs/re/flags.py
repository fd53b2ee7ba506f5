# Flags: module constants, RegexFlag operators and repr, inline flags, Pattern.flags.
import re

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG)
print(repr(re.I | re.M), re.I | re.M | re.S | re.X | re.A, re.I | 4096, repr(~re.I))
print(int(re.I), int(re.M | re.S), re.I == 2, re.I != 2, re.I & re.I, re.I & re.M, re.I ^ re.I)
print(2 | re.M, re.I | 0, bool(re.NOFLAG), bool(re.I), re.I + 1)
print(re.I is re.IGNORECASE, re.RegexFlag(8), type(re.I).__name__, re.I.value, re.I.name)

for f in [0, re.I, re.M, re.S, re.X, re.A, re.I | re.M, re.A | re.I | re.S]:
    p = re.compile("a", f)
    print(p.flags, repr(p))
print(re.compile(b"a").flags, repr(re.compile(b"a", re.I)))
print(re.compile("(?i)a").flags, re.compile("(?s)(?m)a").flags, re.compile("(?a)a").flags)
print(re.compile("(?x) a b").pattern, re.compile("(?x) a b").flags)

# IGNORECASE
print(re.findall("abc", "ABC abc AbC", re.I), re.match("[a-c]+", "CaB", re.I))
print(re.match("(?i)straße", "STRASSE"), re.match("(?i)ſ", "S").group(), re.match("(?i)k", "\u212a").group())
print(re.match("(?i)[^a]", "A"), re.match(r"(?i)(a)\1", "aA").group())
# MULTILINE / DOTALL
print(re.findall("^x", "x\nx\nx", re.M), re.findall("x$", "x\nx\nx", re.M))
print(re.match(".+", "a\nb").group(), repr(re.match(".+", "a\nb", re.S).group()))
print(re.findall("(?s:.)b", "\nb ab"), re.findall("(?-s:.)b", "\nb ab", re.S))
# VERBOSE
pat = re.compile(r"""
    (\d+)   # number
    \s*     [a-z ]+  # unit (the space in the set is literal)
    \#      # a literal hash
""", re.X)
print(pat.match("12  km h#").groups(), pat.match("12  km h#").group())
print(re.match(r"(?x) a \  b", "a b").group())
# ASCII
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo wörld", re.A))
print(re.findall(r"(?a:\w)+", "éa"), re.findall(r"\d", "1١"), re.findall(r"\d", "1١", re.ASCII))
print(re.match("é", "É", re.I | re.A), re.match("e", "E", re.I | re.A).group())
# scoped flags
print(re.match("(?i:a)b", "Ab").group(), re.match("(?i:a)b", "AB"), re.match("a(?-i:b)", "Ab", re.I).group())
for bad in [(re.compile("a"), re.I), ("a", re.L), ("a", re.A | re.U), (b"a", re.U), ("a", "x")]:
    try:
        re.compile(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
