import asyncio


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        sent = yield "suspend"
        return (self.value, sent)


async def simple():
    return await Ready(1)


# send/throw/close by hand
c = simple()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
print(c.send(None))
try:
    c.send("resumed")
except StopIteration as e:
    print("StopIteration", e.value)
for op in ("send", "throw"):
    try:
        if op == "send":
            c.send(None)
        else:
            c.throw(ValueError("late"))
    except RuntimeError as e:
        print(op, "RuntimeError:", e)
print(c.close())

# iteration protocol is not available on coroutines
c2 = simple()
for f in (iter, next):
    try:
        f(c2)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
w = c2.__await__()
print(type(w).__name__, next(w))
try:
    w.send(5)
except StopIteration as e:
    print("wrapper StopIteration", e.value)


async def guarded():
    try:
        await Ready(0)
    except KeyError as e:
        print("caught", repr(e))
        return "recovered"
    finally:
        print("guarded finally")


g = guarded()
g.send(None)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("throw result", e.value)
g2 = guarded()
g2.send(None)
g2.close()
print("closed")


class BadAwait:
    def __await__(self):
        return 42


class CoroAwait:
    def __await__(self):
        return simple()


async def raises_stop():
    raise StopIteration("inside")


async def errors():
    for aw in (5, None, BadAwait(), "text", [1]):
        try:
            await aw
        except TypeError as e:
            print("TypeError:", e)
    c = CoroAwait()
    try:
        await c
    except TypeError as e:
        print("TypeError:", e)
    try:
        await raises_stop()
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)

    def gen():
        yield 1
    try:
        await gen()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(errors())


async def awaited_twice():
    inner = asyncio.sleep(0.001)
    t = asyncio.ensure_future(inner)
    await asyncio.sleep(0)
    return await t


print(asyncio.run(awaited_twice()))


async def being_awaited():
    async def slow():
        await asyncio.sleep(0.01)
        return "slow"
    c = slow()
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    return await t


print(asyncio.run(being_awaited()))


async def recurse(n):
    if n == 0:
        return 0
    return 1 + await recurse(n - 1)


print(asyncio.run(recurse(200)))


async def deep(n):
    return await deep(n + 1)


try:
    asyncio.run(deep(0))
except RecursionError as e:
    print("RecursionError:", e)
