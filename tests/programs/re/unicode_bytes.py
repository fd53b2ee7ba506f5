# Code-point positions on non-ASCII text, Unicode classes and case folding; bytes patterns.
import re

s = "naïve café — 東京 2024年"
print([m.span() for m in re.finditer(r"\w+", s)])
print(re.search("東京", s).span(), re.search("é", s).start(), s[re.search("東", s).start()])
print(re.findall(r"\d+", "١٢٣ 45 ４５"), re.findall(r"\d", "²³"), re.findall(r"\w", "²_Ⅻ"))
print(re.findall(r"\s+", "a\u00a0b\u2003c\u3000d\x1ce"), re.findall(r"\S+", "a\u00a0b"))
print(re.sub(r"\W+", "-", "héllo, wörld!"), re.split(r"\s", "a\u2028b"))
print(re.match(r"(?i)ΣΑΣ", "σας").group(), re.match(r"(?i)[α-ω]+", "ΑΒΓ").group())
print(re.match("(?i)ǅ", "ǆ").group(), re.match("(?i)θ", "ϑ").group(), re.match("(?i)ß", "ẞ").group())
print(re.match("(?i)s", "ß"), re.match("(?i)i", "İ").group())
m = re.search(r"(?P<w>\w+)$", "добрый день")
print(m.span(), m.group("w"), m.start("w"), repr(m))
print(re.sub("(.)", r"<\1>", "日本"), re.split("", "日本"))
print(re.escape("ünï.co|de"), re.fullmatch(".{3}", "😀ab").span())
print(re.search(r"\bcafé\b", "un café noir").span())
print(re.match(r"\N", "x") if False else "no \\N")

# bytes patterns: ASCII classes, bytes results.
print(re.findall(rb"\w+", b"hello w\xe9rld"), re.sub(rb"l+", b"L", b"hello"))
m = re.search(rb"(?P<n>\d+)", b"abc 42")
print(m, m.group(), m.groupdict(), m.span(), m.string)
print(re.split(rb",", b"a,b"), re.escape(b"a.b"), re.compile(rb"a", re.I).match(b"A"))
print(re.sub(rb"(a)", rb"[\1]", b"banana"), re.subn(b"a", lambda m: b"A", b"aa"))
print(re.match(rb"\xe9", b"\xe9"), re.match(rb"(?i)\xe9", b"\xc9"))
print(re.fullmatch(rb"[\x00-\x7f]+", b"abc"), re.findall(rb".", b"a\nb"))
try:
    re.compile(rb"(?u)a")
except re.error as e:
    print(e)
