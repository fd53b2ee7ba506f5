from functools import partial
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
two_to = partial(power, 2)
print(square(5), cube_mod(7), two_to(10), two_to(exp=3))
print(square.func.__name__, square.args, square.keywords, two_to.args)
p2 = partial(two_to, mod=7)
print(p2(5), p2.func is power, p2.args, p2.keywords)
print(list(map(partial(int, base=2), ["101", "11"])))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
