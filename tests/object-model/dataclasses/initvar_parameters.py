from dataclasses import dataclass, field, fields, InitVar, KW_ONLY


@dataclass
class Conn:
    host: str
    port: InitVar[int] = 80
    url: str = field(init=False, default="")

    def __post_init__(self, port):
        self.url = f"http://{self.host}:{port}"


print(Conn("a").url, Conn("b", 8080).url, Conn("c", port=1).url)
print([f.name for f in fields(Conn)])
try:
    Conn("a", 1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Scaled:
    base: int
    factor: InitVar[int]
    offset: InitVar[int] = 0
    total: int = field(init=False)

    def __post_init__(self, factor, offset):
        self.total = self.base * factor + offset


print(Scaled(2, 3), Scaled(2, 3, 1), Scaled(base=1, factor=5, offset=-1))
try:
    Scaled(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class KwOnly:
    a: int
    secret: InitVar[str] = "s"

    def __post_init__(self, secret):
        self.masked = "*" * len(secret)


k = KwOnly(a=1, secret="abc")
print(k, k.masked)
try:
    KwOnly(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class AfterMarker:
    a: int
    _: KW_ONLY
    b: InitVar[int] = 2

    def __post_init__(self, b):
        self.sum = self.a + b


print(AfterMarker(1).sum, AfterMarker(1, b=5).sum)
try:
    AfterMarker(1, 5)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class FieldKw:
    a: int
    b: InitVar[int] = field(default=3, kw_only=True)
    c: int = 4

    def __post_init__(self, b):
        self.b_seen = b


f = FieldKw(1, 2)
print(f, f.b_seen, FieldKw(1, b=9).b_seen)
try:
    @dataclass
    class Bad:
        x: InitVar[list] = field(default_factory=list)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class MutableInitVarDefault:
    items: InitVar[list] = []

    def __post_init__(self, items):
        self.n = len(items)


print(MutableInitVarDefault().n, MutableInitVarDefault([1, 2]).n)
