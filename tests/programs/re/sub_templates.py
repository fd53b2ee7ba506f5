# sub/subn: templates, callables, count, empty matches, template errors.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k> (\g<0>)", "a=1 b=2"))
print(re.sub(r"a", r"\n\t|\\|\-|\0|\07|\101", "a"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"a", "b", "aaa", 2), re.sub(r"a", "b", "aaa", count=1), re.sub("a", "b", "aaa", -1))
print(re.subn(r"a", "b", "banana"), re.subn(r"z", "b", "banana"), re.subn("a", "", "aaa", 2))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "make title case"))
print(re.sub("a", lambda m: None, "banana") if False else re.sub("a", lambda m: "", "banana"))
p = re.compile(r"\s+")
print(p.sub(" ", "a   b \t\n c"), p.subn("", " x y "))
print(re.sub("(?i)B", "x", "abcB"), re.sub("b", "x", "abcB", flags=re.I))
print(re.sub(r"(\d)", r"\g<1>0", "1 2"))
print(re.sub(r"(\d)", r"\10", "1 2") if False else "skip")
print(re.sub("é", "e", "café crème"))

for tpl in [r"\g", r"\g<", r"\g<>", r"\g<1a>", r"\g<9>", r"\5", r"\q", "\\", r"\777", r"\g<a b>", r"\x41"]:
    try:
        re.sub("(?P<a>x)", tpl, "x")
    except re.error as e:
        print("error:", e, "| pattern", repr(e.pattern), "| pos", e.pos)
try:
    re.sub("(?P<a>x)", r"\g<zz>", "x")
except IndexError as e:
    print("IndexError:", e)
for args in [(b"a", "x", b"a"), ("a", b"x", "a"), ("a", lambda m: b"x", "a"), (b"a", lambda m: "x", b"a")]:
    try:
        re.sub(*args)
    except TypeError as e:
        print("TypeError:", e)
print(re.sub(b"z", "x", b"a"))
for repl in [1, lambda m: 1]:
    try:
        re.sub("a", repl, "a")
    except TypeError as e:
        print("TypeError:", e)
