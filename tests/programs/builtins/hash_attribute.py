# `__hash__` as a class attribute: None on the mutable built-ins and their subclasses, a
# method on hashable ones, None on a class defining __eq__ only.
class MyList(list):
    pass


class Keyed:
    def __eq__(self, other):
        return True


class Plain:
    pass


for cls in (list, dict, set, slice, MyList, Keyed):
    print(cls.__name__, cls.__hash__ is None)
for cls in (int, str, tuple, frozenset, Plain):
    print(cls.__name__, cls.__hash__ is None, callable(cls.__hash__))
print(hash(Plain.__hash__(Plain())) is not None)
