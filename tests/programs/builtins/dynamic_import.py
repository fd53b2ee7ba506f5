"""__import__ and importlib.import_module with a literal name compile the module in."""
import importlib

h = __import__("heapq")
data = [5, 1, 4]
h.heapify(data)
print(h.__name__, data[0])

c = importlib.import_module("collections")
print(c.__name__, c.Counter("abca").most_common(1))
print(importlib.import_module("collections") is c)
print(__import__("bisect").bisect_left([1, 2, 3], 2))

# A name the compiler cannot see is looked up at run time.
name = "no_such_" + "module"
for load in (__import__, importlib.import_module):
    try:
        load(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    importlib.import_module("heapq.nothing")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)


def lazy():
    return importlib.import_module("keyword").iskeyword("for")


print(lazy())
importlib.import_module("never_there_" + str(1))
