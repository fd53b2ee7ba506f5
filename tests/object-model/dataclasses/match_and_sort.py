from dataclasses import dataclass
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str
def name(card):
    match card:
        case Card(rank=14, suit=s):
            return f"Ace of {s}"
        case Card(13, s):
            return f"King of {s}"
        case Card(r, s) if r <= 10:
            return f"{r} of {s}"
        case _:
            return "face card"
hand = [Card(14, "spades"), Card(2, "hearts"), Card(13, "clubs"), Card(11, "hearts"), Card(2, "clubs")]
for c in sorted(hand):
    print(name(c))
print(len(set(hand + [Card(2, "clubs")])))
