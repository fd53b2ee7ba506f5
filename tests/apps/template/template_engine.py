"""A small template engine: {{ expr }} substitution with filters, {% for %} and {% if %} blocks,
compiled to a tree of node objects and rendered against a context."""
import re


class TemplateError(Exception):
    pass


FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "length": len,
    "reverse": lambda v: v[::-1],
    "join": lambda v: ", ".join(map(str, v)),
    "money": lambda v: f"${v:,.2f}",
}


class Node:
    def render(self, ctx):
        raise NotImplementedError


class Text(Node):
    def __init__(self, text):
        self.text = text

    def render(self, ctx):
        return self.text


class Var(Node):
    def __init__(self, expr):
        parts = [p.strip() for p in expr.split("|")]
        self.path = parts[0].split(".")
        self.filters = parts[1:]
        for f in self.filters:
            if f not in FILTERS:
                raise TemplateError(f"unknown filter {f!r}")

    def render(self, ctx):
        value = lookup(ctx, self.path)
        for f in self.filters:
            value = FILTERS[f](value)
        return str(value)


class For(Node):
    def __init__(self, var, source, body):
        self.var = var
        self.source = source.split(".")
        self.body = body

    def render(self, ctx):
        items = lookup(ctx, self.source)
        out = []
        for i, item in enumerate(items):
            inner = dict(ctx)
            inner[self.var] = item
            inner["loop"] = {"index": i + 1, "first": i == 0, "last": i == len(items) - 1}
            out.append("".join(n.render(inner) for n in self.body))
        return "".join(out)


class If(Node):
    def __init__(self, cond, body, orelse):
        self.negate = cond.startswith("not ")
        self.cond = (cond[4:] if self.negate else cond).split(".")
        self.body = body
        self.orelse = orelse

    def render(self, ctx):
        try:
            truth = bool(lookup(ctx, self.cond))
        except TemplateError:
            truth = False
        if self.negate:
            truth = not truth
        branch = self.body if truth else self.orelse
        return "".join(n.render(ctx) for n in branch)


def lookup(ctx, path):
    value = ctx
    for part in path:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif hasattr(value, part):
            value = getattr(value, part)
        else:
            raise TemplateError(f"undefined: {'.'.join(path)}")
    return value


TOKEN = re.compile(r"({{.*?}}|{%.*?%})", re.S)


def compile_template(source):
    tokens = TOKEN.split(source)
    pos = 0

    def parse(until):
        nonlocal pos
        nodes = []
        while pos < len(tokens):
            tok = tokens[pos]
            pos += 1
            if tok.startswith("{{"):
                nodes.append(Var(tok[2:-2].strip()))
            elif tok.startswith("{%"):
                words = tok[2:-2].split()
                match words:
                    case ["for", var, "in", source]:
                        nodes.append(For(var, source, parse(("endfor",))))
                    case ["if", *cond]:
                        body = parse(("else", "endif"))
                        orelse = parse(("endif",)) if tokens[pos - 1][2:-2].split()[0] == "else" else []
                        nodes.append(If(" ".join(cond), body, orelse))
                    case [kw] if kw in until:
                        return nodes
                    case _:
                        raise TemplateError(f"unexpected tag {tok!r}")
            elif tok:
                nodes.append(Text(tok))
        if until:
            raise TemplateError(f"missing {{% {until[-1]} %}}")
        return nodes
    return parse(())


def render(source, ctx):
    return "".join(node.render(ctx) for node in compile_template(source))


class User:
    def __init__(self, name, admin=False):
        self.name = name
        self.admin = admin


page = """Hello {{ user.name | title }}!
{% if user.admin %}[admin]{% else %}[member]{% endif %}
Orders ({{ orders | length }}):
{% for o in orders %}  {{ loop.index }}. {{ o.item | upper }} {{ o.price | money }}{% if loop.last %} <- last{% endif %}
{% endfor %}Tags: {{ tags | join }} / {{ tags | reverse | join }}
{% if not coupons %}No coupons.{% endif %}"""
ctx = {
    "user": User("ada lovelace", admin=True),
    "orders": [{"item": "book", "price": 12.5}, {"item": "lamp", "price": 1234.0}],
    "tags": ["new", "vip", "eu"],
    "coupons": [],
}
print(render(page, ctx))
print("---")
ctx["user"] = User("bob")
ctx["orders"] = []
print(render(page, ctx))
print("---")
for bad in ["{{ missing }}", "{{ user.name | shout }}", "{% for x in xs %}no end", "{% bogus %}", "{% endif %}"]:
    try:
        print(render(bad, ctx))
    except TemplateError as e:
        print("TemplateError:", e)
print(render("{% for row in grid %}{% for c in row %}{{ c }}{% endfor %}|{% endfor %}", {"grid": [[1, 2], [3]]}))
