from operator import attrgetter, itemgetter
from dataclasses import dataclass
@dataclass
class Student:
    name: str
    grade: int
    age: int
ss = [Student("ann", 90, 20), Student("bob", 85, 22), Student("cid", 90, 19)]
print([s.name for s in sorted(ss, key=attrgetter("grade", "age"))])
print([s.name for s in sorted(ss, key=attrgetter("grade"), reverse=True)])
data = [{"n": "x", "v": 2}, {"n": "y", "v": 1}]
print(sorted(data, key=itemgetter("v")))
print(list(map(attrgetter("name"), ss)), max(ss, key=attrgetter("age")).name)
try:
    attrgetter("missing")(ss[0])
except AttributeError as e:
    print("AttributeError:", e)
