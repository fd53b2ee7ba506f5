# Annotated assignments: with and without values, at module and function level.
x: int = 5
y: str
name: "str" = "annotated"
print(x, name)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
def f(a: int, b: "float" = 2.0) -> str:
    z: list = [a, b]
    w: int
    return str(z)
print(f(1))
print(f.__annotations__ if False else "annotations ok")
total: float = 0
for i in range(4):
    total += i / 2
print(total)
