# Functions returning tuples, unpacked with and without stars; ignoring values with _.
def divmod_all(n, ds):
    return tuple(divmod(n, d) for d in ds)
(q1, r1), (q2, r2), *others = divmod_all(100, [7, 9, 11, 13])
print(q1, r1, q2, r2, others)
def split_name(full):
    first, *middle, last = full.split()
    return first, " ".join(middle), last
for n in ["Ada Lovelace", "John Ronald Reuel Tolkien", "Plato Plato"]:
    print(split_name(n))
_, second, _ = (1, 2, 3)
print(second, _)
