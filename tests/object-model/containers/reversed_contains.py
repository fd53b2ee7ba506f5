class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __reversed__(self):
        print("__reversed__")
        return iter(["rev"] + self.cards[::-1])
    def __contains__(self, c):
        print("__contains__", c)
        return c.upper() in self.cards
d = Deck()
print(list(reversed(d)))
print("k" in d, "j" not in d)
class SeqOnly:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i
print(list(reversed(SeqOnly())))
try:
    reversed(object())
except TypeError as e:
    print("TypeError:", e)
class BadContains:
    def __contains__(self, x):
        return "truthy string"
print(1 in BadContains())
