"""A tiny spreadsheet: cells with formulas, dependency tracking, recalculation and cycle detection."""
import re
from functools import reduce


class CycleError(Exception):
    pass


class FormulaError(Exception):
    pass


REF = re.compile(r"\b([A-Z])([0-9]+)\b")
FUNCS = {
    "SUM": lambda *xs: sum(xs),
    "MAX": lambda *xs: max(xs),
    "MIN": lambda *xs: min(xs),
    "AVG": lambda *xs: sum(xs) / len(xs),
    "PROD": lambda *xs: reduce(lambda a, b: a * b, xs, 1),
}


def expand_range(a, b):
    col_a, row_a = a[0], int(a[1:])
    col_b, row_b = b[0], int(b[1:])
    return [f"{chr(c)}{r}" for c in range(ord(col_a), ord(col_b) + 1) for r in range(row_a, row_b + 1)]


TOKEN = re.compile(r"\s*(?:([A-Z][0-9]+:[A-Z][0-9]+)|([A-Z]{2,})|([A-Z][0-9]+)|([0-9.]+)|(.))")


class FormulaParser:
    """Recursive descent over + - * / ( ) numbers, cell references, ranges and FUNC(args)."""

    def __init__(self, text, sheet):
        self.sheet = sheet
        self.tokens = []
        for rng, func, ref, num, op in TOKEN.findall(text.strip()):
            if rng:
                self.tokens.append(("range", rng))
            elif func:
                self.tokens.append(("func", func))
            elif ref:
                self.tokens.append(("ref", ref))
            elif num:
                self.tokens.append(("num", float(num) if "." in num else int(num)))
            elif op.strip():
                self.tokens.append(("op", op))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def parse(self):
        value = self.sum()
        if self.peek()[0] != "end":
            raise SyntaxError(f"unexpected {self.peek()[1]!r}")
        return value

    def sum(self):
        value = self.product()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.product()
            value = value + rhs if op == "+" else value - rhs
        return value

    def product(self):
        value = self.atom()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            rhs = self.atom()
            value = value * rhs if op == "*" else value / rhs
        return value

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if kind == "ref":
            return self.sheet[value]
        if kind == "op" and value == "-":
            return -self.atom()
        if kind == "op" and value == "(":
            inner = self.sum()
            if self.take() != ("op", ")"):
                raise SyntaxError("missing )")
            return inner
        if kind == "func":
            fn = FUNCS[value]
            if self.take() != ("op", "("):
                raise SyntaxError("missing (")
            args = []
            while True:
                if self.peek()[0] == "range":
                    a, b = self.take()[1].split(":")
                    args.extend(self.sheet[n] for n in expand_range(a, b))
                else:
                    args.append(self.sum())
                if self.peek() == ("op", ","):
                    self.take()
                    continue
                break
            if self.take() != ("op", ")"):
                raise SyntaxError("missing )")
            return fn(*args)
        raise SyntaxError(f"unexpected {value!r}")


class Cell:
    def __init__(self, name, raw):
        self.name = name
        self.raw = raw
        self.value = None

    @property
    def is_formula(self):
        return isinstance(self.raw, str) and self.raw.startswith("=")

    def references(self):
        if not self.is_formula:
            return set()
        body = self.raw[1:]
        refs = set()
        for a, b in re.findall(r"([A-Z][0-9]+):([A-Z][0-9]+)", body):
            refs.update(expand_range(a, b))
        refs.update(c + r for c, r in REF.findall(body))
        return refs

    def __repr__(self):
        return f"Cell({self.name}={self.raw!r} -> {self.value!r})"


class Sheet:
    def __init__(self):
        self.cells = {}

    def __setitem__(self, name, raw):
        self.cells[name] = Cell(name, raw)
        self.recalculate()

    def __getitem__(self, name):
        cell = self.cells.get(name)
        return cell.value if cell else 0

    def order(self):
        visiting, done, out = set(), set(), []

        def visit(name, path):
            if name in done:
                return
            if name in visiting:
                raise CycleError(" -> ".join(path + [name]))
            visiting.add(name)
            cell = self.cells.get(name)
            if cell:
                for ref in sorted(cell.references()):
                    visit(ref, path + [name])
            visiting.discard(name)
            done.add(name)
            out.append(name)
        for name in sorted(self.cells):
            visit(name, [])
        return out

    def evaluate(self, cell):
        if not cell.is_formula:
            return cell.raw
        try:
            return FormulaParser(cell.raw[1:], self).parse()
        except ZeroDivisionError:
            return "#DIV/0!"
        except (SyntaxError, KeyError, IndexError) as e:
            raise FormulaError(f"{cell.name}: {type(e).__name__}") from e

    def recalculate(self):
        for name in self.order():
            if name in self.cells:
                self.cells[name].value = self.evaluate(self.cells[name])

    def show(self):
        cols = sorted({n[0] for n in self.cells})
        rows = sorted({int(n[1:]) for n in self.cells})
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in rows:
            vals = []
            for c in cols:
                v = self.cells.get(f"{c}{r}")
                shown = "" if v is None else (f"{v.value:.2f}" if isinstance(v.value, float) else str(v.value))
                vals.append(f"{shown:>10}")
            print(f"{r:>3} " + "".join(vals))


sheet = Sheet()
sheet["A1"] = 10
sheet["A2"] = 20
sheet["A3"] = 30
sheet["B1"] = "=A1 * 2"
sheet["B2"] = "=SUM(A1:A3)"
sheet["B3"] = "=AVG(A1:A3) + B1"
sheet["C1"] = "=MAX(B1:B3) - MIN(A1, A2)"
sheet["C2"] = "=B2 / (A1 - 10)"
sheet["C3"] = "=PROD(A1:A2)"
sheet.show()
sheet["A1"] = 5
print("after A1=5:", sheet["B1"], sheet["B2"], sheet["B3"], sheet["C1"], sheet["C2"])
print(sorted(sheet.cells["B3"].references()), sheet.cells["B2"])
try:
    sheet["A2"] = "=C1 + 1"
except CycleError as e:
    print("CycleError:", e)
del sheet.cells["A2"]
sheet["A2"] = 7
try:
    sheet["D1"] = "=A1 +* 2"
except FormulaError as e:
    print("FormulaError:", e, "| caused by", type(e.__cause__).__name__)
del sheet.cells["D1"]
sheet.recalculate()
sheet.show()
print(sheet.order())
