# bool participates in int arithmetic; results are ints, not bools (except bitwise on two bools).
t, f = True, False
print(t + t, t - f, t * 5, t / 2, t // 1, t % 2, t ** 10, -t, +t, ~t, ~f)
print(t & t, t | f, t ^ t, type(t & t).__name__, type(t + t).__name__, type(t & 1).__name__)
print(sum([True] * 100), [1, 2, 3][True], "ab"[False], True << 4, 10 * (3 > 2))
print(True == 1.0, hash(True) == hash(1), {True: "x", 1: "y"}, max(True, 0.5), True / 4)
