# repr of nested tuples and tuples holding every kind of value.
print(((),), ((1,),), (((1, 2),),), ("a", b"b", 1.5, None, True, [1], {2: 3}, {4}, (5,)))
print(str(("x",)), repr(("x", "y")), tuple([()]), ((), ()), (-0.0, 1e16, float("nan")))
t = tuple(range(30))
print(t)
print(t[5:25:5], t[::-7], max(t), sum(t))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
