from enum import Enum
class Suit(Enum):
    HEARTS = "♥"
    SPADES = "♠"
    def __str__(self):
        return self.value
    def __format__(self, spec):
        return f"[{self.name.lower()}]"
    @property
    def color(self):
        return "red" if self is Suit.HEARTS else "black"
print(Suit.HEARTS, repr(Suit.SPADES), f"{Suit.HEARTS}", Suit.SPADES.color)
print(str(Suit.SPADES) + "!", "{}".format(Suit.HEARTS))
print(Suit.HEARTS.__class__ is Suit, Suit.__members__["SPADES"] is Suit.SPADES, dir(Suit.HEARTS)[:0])
class Ordered(Enum):
    A = 3
    B = 1
    def __lt__(self, other):
        return self.value < other.value
print(sorted(Ordered), min(Ordered))
