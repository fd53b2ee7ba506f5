# Set order of strings depends on str hashes; the corpus runs with PYTHONHASHSEED=0.
print({"apple", "banana", "cherry"})
print({"a", "b", "c", "d", "e"})
print(set("hello world"))
print(frozenset({"x", "y", "z"}))
words = set("the quick brown fox jumps over the lazy dog".split())
print(words, len(words))
print({("a", 1), ("b", 2)}, {"mixed", 1, 2.5, None})
print(hash("a"), hash("hello"), hash(""), hash(("a", 1)))
