def sub():
    try:
        yield "sub1"
        yield "sub2"
    except KeyError:
        print("sub handled KeyError")
        yield "sub recovered"
    finally:
        print("sub finally")
def main():
    result = yield from sub()
    print("sub returned", result)
    yield "main end"
g = main()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
g = main(); next(g)
g.close()
print("closed")
