# dict_keys/dict_items are set-like and unhashable; dict_values keeps object.__hash__.
from collections.abc import Hashable
d = {1: 2}
for v in (d.keys(), d.values(), d.items()):
    print(type(v).__name__, isinstance(v, Hashable), type(v).__hash__ is None)
    try:
        print(hash(v) == hash(v))
    except TypeError as e:
        print("TypeError:", e)
