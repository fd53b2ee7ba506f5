import heapq
import bisect

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 4]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 5), data)
print(heapq.heappushpop([], 3))
for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)), (heapq.heapify, (3,))]:
    try:
        f(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (3, "c")]
heapq.heapify(pairs)
print(pairs, [heapq.heappop(pairs) for _ in range(len(pairs))])
print(heapq.nlargest(3, [5, 1, 8, 3, 8, 2]), heapq.nsmallest(2, [5, 1, 8, 3]), heapq.nlargest(0, [1]))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(10, words))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])), list(heapq.merge()))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)), list(heapq.merge([(1, "a")], [(1, "b")], [(0, "c")])))
class Job:
    def __init__(self, p, name):
        self.p, self.name = p, name
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return f"{self.name}{self.p}"
jobs = []
for i, p in enumerate([3, 1, 3, 2, 1, 3]):
    heapq.heappush(jobs, Job(p, "j" + str(i)))
print(jobs, [heapq.heappop(jobs) for _ in range(6)])

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 99))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=1))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 9, 0)
print(a)
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1])
bisect.insort_left(recs, ("e", 3), key=lambda r: r[1])
print(recs)
grades = [bisect.bisect([60, 70, 80, 90], s) for s in [33, 99, 77, 70, 89, 90, 100]]
print(["FDCBA"[g] for g in grades])
