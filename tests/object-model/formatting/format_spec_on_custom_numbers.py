class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        amount = self.cents / 100
        if spec == "":
            return f"${amount:.2f}"
        if spec.startswith("w"):
            return f"{amount:,.2f} dollars"
        return format(amount, spec)
    def __str__(self):
        return f"{self.cents}c"
m = Money(123456)
print(f"{m}", f"{m:w}", f"{m:>12.1f}", f"{m:e}", "{:w} and {}".format(m, m))
rows = [("coffee", Money(350)), ("cake", Money(1299))]
for name, price in rows:
    print(f"{name:<10}|{price!s:>5}|{price}")
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(f"{S()}", f"{S()!r}", f"{S()!s}", f"{S()!a}", "{0!r:>10}".format(S()), "%s|%r|%-7s|" % (S(), S(), S()))
