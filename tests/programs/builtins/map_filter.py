# map with several iterables, filter with None, laziness.
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")))
m = map(lambda x: print("mapping", x) or x * 2, [1, 2, 3])
print("map created")
print(next(m), list(m))
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])), list(map(int, "123")))
print(sum(map(int, "12345")), max(map(len, ["a", "abc", "ab"])), dict(map(lambda kv: (kv[1], kv[0]), {"a": 1}.items())))
