# Dijkstra's shortest paths with a simple list-based priority queue.
graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    todo = [(0, src)]
    done = set()
    while todo:
        todo.sort()
        d, u = todo.pop(0)
        if u in done:
            continue
        done.add(u)
        for v, w in graph[u].items():
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                todo.append((nd, v))
    return dist, prev
dist, prev = dijkstra("A")
print(dict(sorted(dist.items())))
node, path = "F", []
while node != "A":
    path.append(node)
    node = prev[node]
print(" -> ".join(["A"] + path[::-1]))
