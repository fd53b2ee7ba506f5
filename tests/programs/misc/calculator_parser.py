# A recursive-descent expression evaluator (tokenizer + parser), exact integer arithmetic.
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            toks.append(int(s[i:j]))
            i = j
        elif c in "+-*/()%^":
            toks.append(c)
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return toks
class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            r = self.power()
            v = v * r if op == "*" else v // r if op == "/" else v % r
        return v
    def power(self):
        b = self.unary()
        if self.peek() == "^":
            self.take()
            return b ** self.power()
        return b
    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        if self.peek() == "(":
            self.take()
            v = self.expr()
            self.take()
            return v
        return self.take()
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-7 / 2", "-7 % 3", "2 ^ 100 - 1", "((((42))))", "10 - 3 - 2"]:
    print(src, "=", Parser(tokenize(src)).expr())
try:
    tokenize("1 + x")
except SyntaxError as e:
    print("SyntaxError:", e)
print(Parser(tokenize("7 / (3 - 3)")).expr())
