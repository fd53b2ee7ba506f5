# Conditional expressions, nested and lazily evaluated.
for n in range(-2, 4):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos", "even" if n % 2 == 0 else "odd")
def side(x):
    print("side", x)
    return x
print(side(1) if True else side(2))
print(side(1) if False else side(2))
f = (lambda x: x * 2) if True else (lambda x: x)
print(f(21), [x if x % 3 else -x for x in range(7)])
print((1 if [] else 2), (1 if [0] else 2))
