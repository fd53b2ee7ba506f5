# operator: argument checking and CPython's error messages.
import operator as op

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(op.add, 1)
attempt(op.add, 1, 2, 3)
attempt(op.add, a=1, b=2)
attempt(op.neg)
attempt(op.neg, 1, 2)
attempt(op.not_, x=1)
attempt(op.truth)
attempt(op.is_, 1)
attempt(op.setitem, [1], 0)
attempt(op.add, 1, "a")
attempt(op.sub, "a", "b")
attempt(op.truediv, 1, 0)
attempt(op.floordiv, 1, 0)
attempt(op.mod, 1.5, 0)
attempt(op.matmul, 1, 2)
attempt(op.imatmul, 1, 2)
attempt(op.iadd, 1, "a")
attempt(op.isub, [1], [1])
attempt(op.ilshift, 1.0, 2)
attempt(op.ipow, 2, "x")
attempt(op.lt, 1, "a")
attempt(op.ge, [1], (1,))
attempt(op.neg, "x")
attempt(op.pos, [])
attempt(op.abs, "x")
attempt(op.invert, 1.0)
attempt(op.inv, None)
attempt(op.index, "a")
attempt(op.index, 1.5)
attempt(op.concat, 1, 2)
attempt(op.concat, [1], (2,))
attempt(op.concat, "a", 1)
attempt(op.concat, {1: 2}, {3: 4})
attempt(op.iconcat, 1, 2)
attempt(op.iconcat, (1,), [2])
attempt(op.countOf, 1, 1)
attempt(op.indexOf, [1], 2)
attempt(op.indexOf, 1, 2)
attempt(op.contains, 1, 1)
attempt(op.contains, "abc", 1)
attempt(op.getitem, 1, 1)
attempt(op.getitem, [1], 5)
attempt(op.getitem, {}, "k")
attempt(op.getitem, [1], "k")
attempt(op.setitem, (1,), 0, 1)
attempt(op.delitem, [1], 5)
attempt(op.delitem, {}, [1])
attempt(op.length_hint)
attempt(op.length_hint, [], "x")
attempt(op.length_hint, [], 1, 2)
attempt(op.call)

class BadHint:
    def __init__(self, r):
        self.r = r
    def __length_hint__(self):
        return self.r

class RaisingHint:
    def __length_hint__(self):
        raise TypeError("nope")

class BadLen:
    def __len__(self):
        raise ValueError("broken len")

attempt(op.length_hint, BadHint("x"))
attempt(op.length_hint, BadHint(-1))
attempt(op.length_hint, BadHint(2.0))
attempt(op.length_hint, RaisingHint(), 4)
attempt(op.length_hint, BadLen())

class Idx:
    def __index__(self):
        return "no"

attempt(op.index, Idx())

class NoAdd:
    def __getitem__(self, i):
        return i

attempt(op.concat, NoAdd(), NoAdd())
attempt(op.concat, NoAdd(), 3)
op.delitem([1], 0)
op.neg(object())
