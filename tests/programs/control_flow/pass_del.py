# pass and del of names, items, slices and attributes.
def nothing():
    pass
print(nothing())
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0], lst[-1]
print(lst)
del lst[2:5]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("NameError:", e)
class C:
    pass
o = C()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
