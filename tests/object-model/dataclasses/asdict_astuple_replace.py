from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass
@dataclass
class Addr:
    city: str
    zip: str = "00000"
@dataclass
class Person:
    name: str
    addr: Addr
    tags: list = field(default_factory=list)
p = Person("ann", Addr("Oslo"), ["a", "b"])
print(asdict(p))
print(astuple(p))
q = replace(p, name="bob")
print(q, q.addr is p.addr)
print([f.name for f in fields(p)], [f.type for f in fields(Addr)])
print(is_dataclass(p), is_dataclass(Person), is_dataclass(1))
try:
    replace(p, nope=1)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Person)
except TypeError as e:
    print("TypeError:", e)
