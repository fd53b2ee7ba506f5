# sort and sorted: keys, reverse, stability, mixed types error.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple", "date", "Fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs); print(nums)
nums.sort(key=lambda x: x % 3); print(nums)
print(sorted([[2, 1], [1, 2], [1], [2], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted({5, 3, 9}), sorted(range(5), reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
