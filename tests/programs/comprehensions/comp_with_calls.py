# Comprehensions calling functions, methods and using walrus and conditional expressions.
def f(x):
    return x * 3 % 7
print([f(x) for x in range(10)], sorted({f(x) for x in range(10)}))
print([s.strip().title() for s in ["  ann ", "BOB", " carl"]])
print([y for x in range(10) if (y := f(x)) > 3])
print({word: [i for i, c in enumerate(word) if c in "aeiou"] for word in ["banana", "sky", "queue"]})
data = {"a": [1, 2], "b": [], "c": [3]}
print({k: sum(v) / len(v) for k, v in data.items() if v})
print([(lambda v: v + 1)(x) for x in range(3)])
