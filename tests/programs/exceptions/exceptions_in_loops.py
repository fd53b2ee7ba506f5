# Exceptions used for control flow inside loops.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print([safe_div(1, x) for x in [1, 2, 0, 4]])
results = []
for s in ["1", "2", "x", "3", "", "4.0"]:
    try:
        results.append(int(s))
    except ValueError as e:
        results.append(str(e))
        continue
    finally:
        results.append("|")
print(results)
d = {"a": 1}
for key in ["a", "b", "a"]:
    try:
        print(key, d[key])
    except KeyError as e:
        print("missing", e)
        d[key] = 0
print(d)
it = iter([1, 2])
while True:
    try:
        print("item", next(it))
    except StopIteration:
        print("exhausted")
        break
