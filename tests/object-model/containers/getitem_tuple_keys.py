class Grid:
    def __init__(self, w, h):
        self.cells = {}
        self.w, self.h = w, h
    def __getitem__(self, key):
        x, y = key
        return self.cells.get((x, y), ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
for y in range(g.h):
    print("".join(g[x, y] for x in range(g.w)))
class Show:
    def __getitem__(self, k):
        return k
s = Show()
print(s[1], s[1, 2], s[1:2], s[1:2, ::3], s[...], s["k"], s[:])
