# Sets mixing ints, floats and tuples; equality across numeric types.
s = {1, 2.0, (3, 4), -0.0}
print(s, 2 in s, 1.0 in s, 0 in s, (3, 4) in s)
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {2**64, 2.0**64}, len({1.5, 3 / 2}))
print({1, 2} == {1.0, 2.0}, {(1, 2)} == {(1.0, 2.0)}, set() == frozenset())
print({-1, -2, -3}, {-(2**70), 2**70, 0})
