"""Attribute access: reads and writes of instance attributes on small mutable objects
(a bank of counters and a 2-D grid of cells updated in place)."""


class Counter:
    def __init__(self, start):
        self.value = start
        self.hits = 0
        self.misses = 0
        self.last = None


class Cell:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.alive = (x * 7 + y * 3) % 5 == 0
        self.age = 0


def churn(counters, steps):
    for step in range(steps):
        for c in counters:
            if (c.value + step) % 3 == 0:
                c.hits += 1
                c.last = step
            else:
                c.misses += 1
            c.value = c.value + c.hits - c.misses
    return sum(c.hits for c in counters), sum(c.misses for c in counters)


def age_grid(grid, rounds):
    for _ in range(rounds):
        for row in grid:
            for cell in row:
                if cell.alive:
                    cell.age += 1
                    if cell.age > 3:
                        cell.alive = False
                elif (cell.x + cell.y + cell.age) % 4 == 0:
                    cell.alive = True
                    cell.age = 0
    return sum(cell.age for row in grid for cell in row)


counters = [Counter(i) for i in range(500)]
print(churn(counters, 6000))
grid = [[Cell(x, y) for x in range(60)] for y in range(60)]
print(age_grid(grid, 1200))
