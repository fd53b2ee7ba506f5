from typing import NamedTuple
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100
    def raise_pay(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)
e = Employee("ann")
print(e, e.raise_pay(10), e._fields, e._field_defaults)
print(e._asdict(), tuple(e), e[0], len(e), isinstance(e, tuple))
name, dept, sal = e
print(name, dept, sal)
print(Employee.__annotations__)
try:
    e.name = "x"
except AttributeError as e2:
    print("AttributeError:", e2)
