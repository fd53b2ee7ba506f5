# An AttributeError from a method call on None returned by another method.
class Repo:
    def __init__(self):
        self.items = {"a": 1}
    def find(self, key):
        return self.items.get(key)
    def describe(self, key):
        return self.find(key).bit_length()
r = Repo()
print(r.describe("a"))
print(r.describe("b"))
