# repr of strings choosing quotes and escaping control and non-printable characters.
samples = ["plain", "it's", 'say "x"', "mix'\"", "\t\n\r", "\x00\x01\x1f", "\x7f\x80\x9f\xa0",
           "caf\u00e9", "\u00ad", "\u2028", "\u3000", "\ufeff", "\U0001f40d", "\U000e0001",
           "\\", "\\n", "a\\b", " ", "", "\u0378", "Ω≈ç√"]
for s in samples:
    print(repr(s), len(s))
print(ascii("café ☕ \U0001f40d"), ascii("plain"), ascii("\x7f\x80"))
print([ascii(c) for c in "aé日\U0001f600"])
print(str(["a'b", 'c"d', "\n"]))
print(repr(b"bytes\x00\xff'"), repr(b'"'), repr(b"'\""))
