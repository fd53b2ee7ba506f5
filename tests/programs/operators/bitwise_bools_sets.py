# & | ^ on bools, ints and sets; operator results' types.
print(True & False, True | False, True ^ True, type(True ^ False).__name__, True & 3, type(True & 3).__name__)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 6 << 2, 6 >> 1, -6 >> 1, -6 & 0xFF)
print({1, 2} & {2, 3}, {1, 2} | {2, 3}, {1, 2} ^ {2, 3}, {1, 2} - {2})
print({"a": 1}.keys() & {"a", "b"}, {"a": 1} | {"b": 2})
flags = 0
for bit in [0, 3, 5]:
    flags |= 1 << bit
print(flags, bin(flags), [b for b in range(8) if flags & (1 << b)], flags.bit_count())
