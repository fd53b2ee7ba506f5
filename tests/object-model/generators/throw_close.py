def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen:", e)
        yield "recovered"
    finally:
        print("gen finally")
g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("stopped")
g = gen()
next(g)
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("closed gen raises StopIteration")
g = gen()
try:
    g.throw(KeyError("early"))
except KeyError as e:
    print("KeyError propagated before start:", e)
