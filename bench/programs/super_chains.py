"""super() chains: cooperative __init__ and method calls through a diamond hierarchy
with zero-argument super()."""


class Base:
    def __init__(self, n):
        self.n = n
        self.log = 0

    def weight(self):
        return self.n


class Left(Base):
    def __init__(self, n):
        super().__init__(n)
        self.left = n * 2

    def weight(self):
        return super().weight() + self.left


class Right(Base):
    def __init__(self, n):
        super().__init__(n)
        self.right = n + 3

    def weight(self):
        return super().weight() * 2 + self.right


class Diamond(Left, Right):
    def __init__(self, n):
        super().__init__(n)
        self.total = 0

    def weight(self):
        return super().weight() + 1


class Leaf(Diamond):
    def weight(self):
        return super().weight() - 1


def run(n, rounds):
    objs = [Leaf(i % 50) if i % 2 else Diamond(i % 30) for i in range(n)]
    acc = 0
    for _ in range(rounds):
        for o in objs:
            acc += o.weight()
    fresh = 0
    for i in range(n * 20):
        fresh += Leaf(i % 10).left
    return acc, fresh


print(run(2000, 800))
