from collections import namedtuple
Card = namedtuple("Card", "rank suit")
hand = [Card(10, "h"), Card(2, "s"), Card(10, "c")]
print(sorted(hand), max(hand), Card(2, "s") in set(hand))
match hand[0]:
    case Card(rank=10, suit=s):
        print("ten of", s)
match hand[1]:
    case (r, s):
        print("tuple pattern", r, s)
print(Card.__match_args__, Card.__doc__)
print(Card(1, 2)._replace(suit="x"), Card._make("ab"))
