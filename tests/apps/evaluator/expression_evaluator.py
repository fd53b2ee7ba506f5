"""An arithmetic expression evaluator: tokenizer, Pratt parser to an AST of classes, evaluation."""
import math
import operator
from dataclasses import dataclass


class EvalError(Exception):
    pass


@dataclass(frozen=True)
class Num:
    value: float

    def eval(self, env):
        return self.value

    def __str__(self):
        return str(self.value)


@dataclass(frozen=True)
class Var:
    name: str

    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise EvalError(f"undefined variable {self.name!r}") from None

    def __str__(self):
        return self.name


@dataclass(frozen=True)
class BinOp:
    op: str
    left: object
    right: object
    OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
           "^": operator.pow, "%": operator.mod}

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        try:
            return self.OPS[self.op](a, b)
        except ZeroDivisionError:
            raise EvalError("division by zero") from None

    def __str__(self):
        return f"({self.left} {self.op} {self.right})"


@dataclass(frozen=True)
class Neg:
    operand: object

    def eval(self, env):
        return -self.operand.eval(env)

    def __str__(self):
        return f"(-{self.operand})"


@dataclass(frozen=True)
class Call:
    fn: str
    args: tuple
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}

    def eval(self, env):
        if self.fn not in self.FUNCS:
            raise EvalError(f"unknown function {self.fn}")
        return self.FUNCS[self.fn](*(a.eval(env) for a in self.args))

    def __str__(self):
        return f"{self.fn}({', '.join(map(str, self.args))})"


BINDING = {"+": (10, 11), "-": (10, 11), "*": (20, 21), "/": (20, 21), "%": (20, 21), "^": (31, 30)}


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif c in "+-*/^%(),":
            tokens.append(("op", c))
            i += 1
        else:
            raise EvalError(f"bad character {c!r}")
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, src):
        self.tokens = tokenize(src)
        self.pos = 0

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def peek(self):
        return self.tokens[self.pos]

    def expect(self, value):
        tok = self.next()
        if tok != ("op", value):
            raise EvalError(f"expected {value!r}, got {tok[1]!r}")

    def parse(self):
        node = self.expr(0)
        if self.peek()[0] != "end":
            raise EvalError(f"unexpected {self.peek()[1]!r}")
        return node

    def expr(self, min_bp):
        kind, value = self.next()
        if kind == "num":
            left = Num(value)
        elif kind == "name":
            if self.peek() == ("op", "("):
                self.next()
                args = []
                if self.peek() != ("op", ")"):
                    while True:
                        args.append(self.expr(0))
                        if self.peek() == ("op", ","):
                            self.next()
                            continue
                        break
                self.expect(")")
                left = Call(value, tuple(args))
            else:
                left = Var(value)
        elif (kind, value) == ("op", "-"):
            left = Neg(self.expr(25))
        elif (kind, value) == ("op", "("):
            left = self.expr(0)
            self.expect(")")
        else:
            raise EvalError(f"unexpected {value!r}")
        while True:
            kind, op = self.peek()
            if kind != "op" or op not in BINDING:
                break
            lbp, rbp = BINDING[op]
            if lbp < min_bp:
                break
            self.next()
            left = BinOp(op, left, self.expr(rbp))
        return left


env = {"x": 3, "y": 4, "pi": 3.14159}
cases = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "sqrt(x*x + y*y)", "max(1, x, y) - min(y, 2)",
         "10 / 4", "10 % 4 + 7 % -3", "1 / (x - 3)", "z + 1", "foo(1)", "1 +", "(1 + 2", "3 $ 4", "2 * pi * 10",
         "abs(-7) + -(-2)", "1 2"]
for src in cases:
    try:
        tree = Parser(src).parse()
        print(f"{src:<28} => {str(tree):<34} = {tree.eval(env)}")
    except EvalError as e:
        print(f"{src:<28} !! {e}")
t1 = Parser("x + 1").parse()
t2 = Parser("x+1").parse()
print(t1 == t2, hash(t1) == hash(t2), len({t1, t2}), t1)
