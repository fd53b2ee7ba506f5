# Empty values of every type: repr, len, truthiness, equality, iteration.
empties = ["", b"", [], (), {}, set(), frozenset(), range(0), 0, 0.0, None, False]
for e in empties:
    has_len = hasattr(e, "__len__")
    print(repr(e), bool(e), len(e) if has_len else "-", list(e) if has_len else "-")
print("" == b"", [] == (), set() == frozenset(), {} == dict(), () == tuple(), 0 == 0.0 == False)
print(sum([]), max([], default=0), "".join([]), sorted([]), list(reversed([])), dict(zip([], [])))
print([] + [], () + (), "" * 5, [None] * 0, {**{}}, [*[]], (*(),))
