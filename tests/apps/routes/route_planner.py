"""Shortest routes on a weighted graph of cities: Dijkstra with heapq, BFS, and a route class."""
import heapq
from collections import defaultdict, deque
from dataclasses import dataclass, field
from functools import total_ordering


@total_ordering
@dataclass(frozen=True)
class Route:
    stops: tuple
    distance: int

    def __lt__(self, other):
        return (self.distance, len(self.stops)) < (other.distance, len(other.stops))

    def __str__(self):
        return " -> ".join(self.stops) + f" ({self.distance} km)"

    def __len__(self):
        return len(self.stops) - 1


class NoRoute(Exception):
    pass


@dataclass
class Graph:
    edges: dict = field(default_factory=lambda: defaultdict(dict))

    def add(self, a, b, km):
        self.edges[a][b] = km
        self.edges[b][a] = km

    def cities(self):
        return sorted(self.edges)

    def shortest(self, start, goal):
        if start not in self.edges or goal not in self.edges:
            raise NoRoute(f"unknown city: {start if start not in self.edges else goal}")
        heap = [(0, (start,))]
        best = {start: 0}
        while heap:
            dist, path = heapq.heappop(heap)
            city = path[-1]
            if city == goal:
                return Route(path, dist)
            if dist > best.get(city, float("inf")):
                continue
            for nxt, km in sorted(self.edges[city].items()):
                nd = dist + km
                if nd < best.get(nxt, float("inf")):
                    best[nxt] = nd
                    heapq.heappush(heap, (nd, path + (nxt,)))
        raise NoRoute(f"no route from {start} to {goal}")

    def fewest_hops(self, start, goal):
        seen = {start}
        queue = deque([(start,)])
        while queue:
            path = queue.popleft()
            if path[-1] == goal:
                return path
            for nxt in sorted(self.edges[path[-1]]):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(path + (nxt,))
        return None

    def components(self):
        seen, comps = set(), []
        for c in self.cities():
            if c in seen:
                continue
            stack, comp = [c], []
            while stack:
                x = stack.pop()
                if x in seen:
                    continue
                seen.add(x)
                comp.append(x)
                stack.extend(self.edges[x])
            comps.append(sorted(comp))
        return comps


g = Graph()
for a, b, km in [("Oslo", "Bergen", 463), ("Oslo", "Trondheim", 494), ("Bergen", "Stavanger", 209),
                 ("Oslo", "Kristiansand", 320), ("Kristiansand", "Stavanger", 233),
                 ("Trondheim", "Bodo", 725), ("Bergen", "Trondheim", 700), ("Tromso", "Alta", 400)]:
    g.add(a, b, km)
print(g.cities())
queries = [("Oslo", "Stavanger"), ("Bergen", "Bodo"), ("Stavanger", "Stavanger"), ("Oslo", "Alta"), ("Oslo", "Paris")]
routes = []
for a, b in queries:
    try:
        r = g.shortest(a, b)
        routes.append(r)
        print(f"{a} to {b}: {r} hops={len(r)}")
    except NoRoute as e:
        print("NoRoute:", e)
print("fewest hops Oslo->Stavanger:", g.fewest_hops("Oslo", "Stavanger"))
print("sorted:", [str(r) for r in sorted(routes)])
print("longest:", max(routes), routes[0] <= routes[1], routes[0] == Route(routes[0].stops, routes[0].distance))
print("components:", g.components())
print(len({r for r in routes}), Route(("X",), 0))
