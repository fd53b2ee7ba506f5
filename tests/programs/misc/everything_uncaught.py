# A program mixing features that ends with an uncaught exception from a method.
class Parser:
    def __init__(self, text):
        self.parts = text.split(",")
    def numbers(self):
        return [int(p) for p in self.parts]
print(Parser("1,2,3").numbers())
print(sum(Parser("4,5,6").numbers()))
print(Parser("7,eight,9").numbers())
