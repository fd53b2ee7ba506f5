class Plain: pass
a = Plain(); b = Plain()
print(a == a, a == b, a != b, a in [b], a in [b, a])
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan])
class AlwaysEq:
    def __eq__(self, o):
        return True
x = AlwaysEq()
print(x == 1, 1 == x, x != 1, [1, 2].count(x), [1, 2].index(x))
print(x in {1: 2}.values())
