"""A tokenizer and recursive-descent parser for a JSON-like language, plus a serializer."""
from dataclasses import dataclass


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at position {pos}")
        self.pos = pos


@dataclass
class Token:
    kind: str
    value: object
    pos: int


PUNCT = {"{": "LBRACE", "}": "RBRACE", "[": "LBRACKET", "]": "RBRACKET", ":": "COLON", ",": "COMMA"}
KEYWORDS = {"true": True, "false": False, "null": None}
ESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


def tokenize(text):
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in " \t\r\n":
            i += 1
        elif c in PUNCT:
            yield Token(PUNCT[c], c, i)
            i += 1
        elif c == '"':
            start = i
            i += 1
            chars = []
            while True:
                if i >= n:
                    raise ParseError("unterminated string", start)
                c = text[i]
                if c == '"':
                    i += 1
                    break
                if c == "\\":
                    esc = text[i + 1] if i + 1 < n else ""
                    if esc == "u":
                        chars.append(chr(int(text[i + 2:i + 6], 16)))
                        i += 6
                        continue
                    if esc not in ESCAPES:
                        raise ParseError(f"bad escape \\{esc}", i)
                    chars.append(ESCAPES[esc])
                    i += 2
                    continue
                chars.append(c)
                i += 1
            yield Token("STRING", "".join(chars), start)
        elif c == "-" or c.isdigit():
            start = i
            i += 1
            while i < n and (text[i].isdigit() or text[i] in ".eE+-"):
                i += 1
            raw = text[start:i]
            try:
                value = float(raw) if any(ch in raw for ch in ".eE") else int(raw)
            except ValueError:
                raise ParseError(f"bad number {raw!r}", start) from None
            yield Token("NUMBER", value, start)
        elif c.isalpha():
            start = i
            while i < n and text[i].isalpha():
                i += 1
            word = text[start:i]
            if word not in KEYWORDS:
                raise ParseError(f"unknown word {word!r}", start)
            yield Token("LITERAL", KEYWORDS[word], start)
        else:
            raise ParseError(f"unexpected character {c!r}", i)
    yield Token("EOF", None, n)


class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind):
        tok = self.tokens[self.i]
        if tok.kind != kind:
            raise ParseError(f"expected {kind}, got {tok.kind}", tok.pos)
        self.i += 1
        return tok

    def parse(self):
        value = self.value()
        self.take("EOF")
        return value

    def value(self):
        tok = self.peek()
        match tok.kind:
            case "LBRACE":
                return self.obj()
            case "LBRACKET":
                return self.array()
            case "STRING" | "NUMBER" | "LITERAL":
                self.i += 1
                return tok.value
            case _:
                raise ParseError(f"unexpected {tok.kind}", tok.pos)

    def obj(self):
        self.take("LBRACE")
        out = {}
        if self.peek().kind == "RBRACE":
            self.i += 1
            return out
        while True:
            key = self.take("STRING").value
            self.take("COLON")
            out[key] = self.value()
            if self.peek().kind == "COMMA":
                self.i += 1
                continue
            self.take("RBRACE")
            return out

    def array(self):
        self.take("LBRACKET")
        out = []
        if self.peek().kind == "RBRACKET":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            if self.peek().kind == "COMMA":
                self.i += 1
                continue
            self.take("RBRACKET")
            return out


def dumps(value, indent=0):
    pad = "  " * indent
    match value:
        case None:
            return "null"
        case bool():
            return "true" if value else "false"
        case int() | float():
            return repr(value)
        case str():
            return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        case list() if not value:
            return "[]"
        case list():
            inner = ",\n".join(pad + "  " + dumps(v, indent + 1) for v in value)
            return "[\n" + inner + "\n" + pad + "]"
        case dict() if not value:
            return "{}"
        case dict():
            inner = ",\n".join(f"{pad}  {dumps(k)}: {dumps(v, indent + 1)}" for k, v in value.items())
            return "{\n" + inner + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(value).__name__}")


documents = [
    '{"name": "widget", "tags": ["a", "b"], "price": 12.5, "stock": 3, "active": true, "parent": null}',
    '[1, -2, 3.25e2, "x\\ny", "quote\\"d", "\\u00e9t\\u00e9", [], {}]',
    '{"nested": {"deep": {"deeper": [1, [2, [3]]]}}}',
    '{"a": 1,}',
    '[1 2]',
    '{"a": tru}',
    '"unterminated',
    '[1, @]',
    '{"k": 1} extra',
    '-',
]
for doc in documents:
    try:
        value = Parser(doc).parse()
        print("OK ", repr(value))
        print(dumps(value))
    except ParseError as e:
        print("ERR", e, "| pos", e.pos)
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
tokens = list(tokenize('{"k": [true, 1]}'))
print([t.kind for t in tokens])
print(tokens[1])
