# Mutating set methods and their errors.
s = {1, 2, 3}
s.add(4); s.add(1); print(s)
s.remove(4); print(s)
s.discard(99); print(s)
s.update([5, 6], {7}); print(s)
s.intersection_update({1, 2, 5, 6, 8}); print(s)
s.difference_update([1]); print(s)
s.symmetric_difference_update({2, 9}); print(s)
print(s.pop(), s)
c = s.copy(); c.add(100); print(s, c)
s.clear(); print(s, len(s))
try:
    s.remove(1)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print("AttributeError:", e)
print({frozenset({1}): "ok"}, {frozenset({1, 2}), frozenset({2, 1})})
