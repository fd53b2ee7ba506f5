class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, o):
        return self.prio < o.prio
    def __repr__(self):
        return f"{self.name}:{self.prio}"
ts = [Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "a2")]
print(sorted(ts), min(ts), max(ts))
ts.sort(reverse=True)
print(ts)
import heapq
h = []
for t in [Task(5, "e"), Task(2, "b"), Task(9, "z")]:
    heapq.heappush(h, t)
print([heapq.heappop(h) for _ in range(3)])
print(Task(1, "x") > Task(0, "y"))
