# A realistic use: a tokenizer driven by one alternation of named groups, scanning with
# Pattern.match(text, pos) and dispatching on Match.lastgroup.
import re

SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[^\W\d]\w*"),
    ("OP", r"[+\-*/]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("MISMATCH", r"."),
]
TOKEN = re.compile("|".join("(?P<%s>%s)" % pair for pair in SPEC))


def tokenize(code):
    line, line_start, pos = 1, 0, 0
    while pos < len(code):
        m = TOKEN.match(code, pos)
        kind, value = m.lastgroup, m.group()
        pos = m.end()
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "NEWLINE":
            line_start, line = m.end(), line + 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line}")
        yield kind, value, line, m.start() - line_start


code = '''total := price * 1.5 + 3;
naïve := "say \\"hi\\"" ;
x := y / 2'''
for tok in tokenize(code):
    print(tok)
try:
    list(tokenize("a := $"))
except RuntimeError as e:
    print("RuntimeError:", e)

# A scanner with finditer and a key=value parser.
conf = "name = Widget\n# comment\nsize=10\n  color = dark blue  \nbad line\n"
pairs = dict(re.findall(r"(?m)^\s*(\w+)\s*=\s*(.*?)\s*$", conf))
print(pairs)
print([m.group(1) for m in re.finditer(r"(?m)^(?!#)(\w+)", conf)])
print(re.sub(r"(?m)^#.*\n?", "", conf).splitlines())
print(re.sub(r"\{(\w+)\}", lambda m: str(pairs.get(m.group(1), m.group(0))), "{name} is {size}cm {x}"))
