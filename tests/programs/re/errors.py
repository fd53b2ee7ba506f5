# re.error messages, positions, lineno/colno; other exceptions of the module.
import re

cases = [
    "(a", "a)", "*", "a**", "[a", r"\q", "[z-a]", "(?<x)", "(?P<1a>x)", "(?P<a>x)(?P<a>y)",
    "(?P=b)", r"\5", r"(a\1)", "(?<=a*)b", "(?<!a|bb)", "(?P", "(?P<a", "(?", "(?#abc",
    "a{3,2}", "a(?i)b", "(?z)", "(?i", "(?-q:a)", r"\x4", r"[\A]", r"\u12", "(?L)a", "(?au)a",
    "(?P<a>", "(?(1)a|b)", "(?(x)a)", "(?(1)a|b|c)", "(?P=)", "(?P>a)", r"[\q]", "^*",
    "(?i-i:a)", "(?-i)a", r"a\Z*", "[]", "[^]", r"\777", "a*?+", "(?>a", ")", "a|*", "(*)",
    "\\", "[\\", "x{1,2}{3}", "(?i:", "(?P<a!>x)", "(?Px)", "(?P=a!)", "[a-\\d]", "[\\w-z]",
    "(?<=(a)\\1)", "(?x)[", "a\n(b", "ab\ncd\n(?", "(?(a", "(?(0)a)",
    "(?i-:a)", "(?-:a)", "(?-", "(?i-x", "(?i-x)", "(?-a:b)", "(?a-i:x)", "(?x-x:a)", "(?u:a)",
    "(?(2)a|b)(c)", "(?(2)a|b)(c)(d)", "(?P<n>a)(?(n)b|c)", "a{,3}", "a{3", "[a-a]", r"[\d-z]",
]
for p in cases:
    try:
        r = re.compile(p)
        print(repr(p), "compiled", r.groups)
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile("a{99999999999}")
except OverflowError as e:
    print("OverflowError", e)

e = re.error("plain")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error("msg", "ab\ncd", 4)
print(e, e.lineno, e.colno, e.args)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)

for args in [("a", 5), (5, "a"), ("a", b"a"), (b"a", "a"), ("a", None)]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    re.escape(5)
except TypeError as e:
    print("TypeError", e)
try:
    re.Pattern()
except TypeError as e:
    print("TypeError", e)
re.compile("ok(")
