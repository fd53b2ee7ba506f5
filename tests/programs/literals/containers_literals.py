# Container displays: lists, tuples, dicts, sets, nested, empty, trailing commas.
print([], (), {}, set())
print([1], (1,), {1: 1}, {1})
print([1, 2, 3,], (1, 2, 3,), {1: 2, 3: 4,}, {1, 2, 3,})
print([[]], [()], ({},), [[1, [2, [3, [4]]]]])
print(type(()).__name__, type([]).__name__, type({}).__name__, type({1}).__name__)
t = 1, 2
print(t, type(t).__name__)
e = ()
print(e, len(e))
d = {"a": [1, 2], "b": {"c": (3, 4)}, (1, 2): None}
print(d)
print(d["b"]["c"][1], d[(1, 2)])
s = {3, 1, 2}
print(s, len(s))
print([1, "two", 3.0, None, True, (5,), [6], {7: 8}])
print({1: "one", 1.0: "float one", True: "true"})
print([*range(3), *"ab"], (*[1, 2], 3), {**{"x": 1}, "y": 2}, {*"aab"} == {"a", "b"})
print(repr([1, 'a', "b'c", 'd"e']))
print(str((1,)), str(((1,),)), str([(), ()]))
