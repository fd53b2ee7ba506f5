from dataclasses import dataclass, field, InitVar
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h
print(Rect(2, 3))
try:
    Rect(-1, 2)
except ValueError as e:
    print("ValueError:", e)
@dataclass
class Conn:
    host: str
    port: InitVar[int] = 80
    url: str = field(init=False, default="")
    def __post_init__(self, port):
        self.url = f"http://{self.host}:{port}"
c = Conn("example.org", 8080)
print(c, c.url, hasattr(c, "port"))
