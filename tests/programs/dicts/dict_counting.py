# Counting and grouping with dicts.
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(max(counts, key=counts.get), sorted(counts, key=lambda w: (-counts[w], w))[:3])
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
inverse = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverse)
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items()))
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"]["z"])
