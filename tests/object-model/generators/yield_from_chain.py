def inner(n):
    for i in range(n):
        received = yield i
        if received:
            print("inner got", received)
    return f"inner done {n}"
def outer():
    r1 = yield from inner(2)
    print(r1)
    r2 = yield from inner(1)
    print(r2)
    yield from ["a", "b"]
    return "outer done"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def delegating_throw():
    try:
        yield from inner(5)
    except ValueError as e:
        yield f"outer caught {e}"
d = delegating_throw()
next(d)
print(d.throw(ValueError("x")))
