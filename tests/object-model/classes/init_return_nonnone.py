class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
class Fine:
    def __init__(self):
        return None
print(type(Fine()).__name__)
class Args:
    def __init__(self, a, b):
        self.t = (a, b)
try:
    Args(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Args(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Args(1, 2, c=3)
except TypeError as e:
    print("TypeError:", e)
