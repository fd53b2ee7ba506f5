class Only:
    def __eq__(self, o):
        return NotImplemented
a = Only()
print(a == a, a == Only(), a != a, a == 1, 1 == a, a != 1)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
class Mixed:
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        return "gt called"
print(Mixed() < Mixed())
