"""Payroll with an abstract Employee base, several pay schemes, sorting and reports."""
from abc import ABC, abstractmethod
from functools import total_ordering
from collections import defaultdict
import math


@total_ordering
class Employee(ABC):
    _next_id = 1

    def __init__(self, name, dept):
        self.name = name
        self.dept = dept
        self.id = Employee._next_id
        Employee._next_id += 1

    @abstractmethod
    def monthly_pay(self):
        ...

    @property
    def kind(self):
        return type(self).__name__

    def __eq__(self, other):
        if not isinstance(other, Employee):
            return NotImplemented
        return self.monthly_pay() == other.monthly_pay()

    def __lt__(self, other):
        if not isinstance(other, Employee):
            return NotImplemented
        return self.monthly_pay() < other.monthly_pay()

    __hash__ = object.__hash__

    def __repr__(self):
        return f"{self.kind}(#{self.id} {self.name})"


class Salaried(Employee):
    def __init__(self, name, dept, annual):
        super().__init__(name, dept)
        self.annual = annual

    def monthly_pay(self):
        return round(self.annual / 12, 2)


class Hourly(Employee):
    OVERTIME = 1.5

    def __init__(self, name, dept, rate, hours):
        super().__init__(name, dept)
        self.rate = rate
        self.hours = hours

    def monthly_pay(self):
        regular = min(self.hours, 160)
        extra = max(self.hours - 160, 0)
        return round(regular * self.rate + extra * self.rate * self.OVERTIME, 2)


class Commissioned(Salaried):
    def __init__(self, name, dept, annual, sales, pct):
        super().__init__(name, dept, annual)
        self.sales = sales
        self.pct = pct

    def monthly_pay(self):
        return round(super().monthly_pay() + self.sales * self.pct / 100, 2)


class Intern(Hourly):
    OVERTIME = 1.0


staff = [
    Salaried("Ada", "eng", 120000),
    Hourly("Bob", "ops", 25.0, 172),
    Commissioned("Cy", "sales", 48000, 90000, 3),
    Intern("Di", "eng", 15.0, 170),
    Salaried("Ed", "ops", 60000),
    Hourly("Flo", "eng", 40.0, 100),
]
for e in staff:
    print(f"{e!r:<28} {e.dept:<6} {e.monthly_pay():>10.2f}")
try:
    Employee("x", "y")
except TypeError as err:
    print("TypeError:", err)
ranked = sorted(staff, reverse=True)
print("ranked:", [e.name for e in ranked])
print("top:", max(staff).name, "bottom:", min(staff).name)
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
for dept in sorted(by_dept):
    members = by_dept[dept]
    total = sum(e.monthly_pay() for e in members)
    print(f"{dept:<6} n={len(members)} total={total:,.2f} avg={total / len(members):,.2f}")
print(Hourly("G", "x", 10, 160) == Salaried("H", "x", 19200), Hourly("G", "x", 10, 160) != staff[0])
print(isinstance(staff[3], Hourly), Intern.__mro__[1].__name__, [c.__name__ for c in Commissioned.__mro__])
payroll_total = math.fsum(e.monthly_pay() for e in staff)
print(f"payroll total: {payroll_total:.2f}")
print(len(set(staff)), staff[0] == "Ada")
