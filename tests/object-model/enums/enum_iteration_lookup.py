from enum import Enum
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7
    @classmethod
    def weekend(cls):
        return [d for d in cls if d.value >= 6]
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.weekend(), Weekday.SUN.next(), Weekday.MON.next().next())
print(getattr(Weekday, "FRI"), Weekday["WED"].value, {d.name: d.value for d in Weekday if d.value % 2})
print(Weekday.MON.__class__.__name__, Weekday.__name__, type(Weekday).__name__)
for name, member in Weekday.__members__.items():
    if member.value == 3:
        print(name, member)
