"""Classes with method calls: a small particle simulation on a Vector class."""


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.norm2() > 100.0:
            self.vel = self.vel.scale(-1.0)


def simulate(n, steps):
    ps = [Particle(Vector(i * 0.1, -i * 0.05), Vector(1.0 - i * 0.01, 0.5)) for i in range(n)]
    for _ in range(steps):
        for p in ps:
            p.step(0.01)
    return round(sum(p.pos.norm2() for p in ps), 6)


print(simulate(200, 5000))
