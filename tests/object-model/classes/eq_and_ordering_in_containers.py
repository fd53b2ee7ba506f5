class Card:
    order = "23456789TJQKA"
    def __init__(self, rank):
        self.rank = rank
    def __eq__(self, o):
        return isinstance(o, Card) and self.rank == o.rank
    def __lt__(self, o):
        return Card.order.index(self.rank) < Card.order.index(o.rank)
    def __hash__(self):
        return hash(self.rank)
    def __repr__(self):
        return self.rank
hand = [Card(r) for r in "KA2TK"]
print(sorted(hand), max(hand), min(hand), hand.count(Card("K")), Card("A") in hand)
print(sorted(set(hand)), hand.index(Card("T")), len(dict.fromkeys(hand)))
hand.remove(Card("K"))
print(hand, sorted(hand, reverse=True))
import bisect
ordered = sorted(hand)
bisect.insort(ordered, Card("3"))
print(ordered)
