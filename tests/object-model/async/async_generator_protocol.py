import asyncio


async def counter(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("got sent", got)
            await asyncio.sleep(0)
    except ValueError as e:
        print("counter caught", e)
        yield "after-throw"
    finally:
        print("counter finally")


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def leaks_stop():
    yield 1
    raise StopAsyncIteration


async def leaks_stop_iteration():
    yield 1
    raise StopIteration


class NotAsyncIterable:
    pass


class BadAiter:
    def __aiter__(self):
        return 5


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


async def main():
    ag = counter(3)
    print(type(ag).__name__, ag.__name__, ag.__qualname__)
    print(type(ag.__aiter__()).__name__, ag.__aiter__() is ag)
    aw = ag.__anext__()
    print(type(aw).__name__)
    print(await aw)
    print(await ag.asend("hello"))
    print(await ag.athrow(ValueError("boom")))
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    try:
        await ag.asend(None)
    except StopAsyncIteration:
        print("still exhausted")
    print(await ag.aclose())

    fresh = counter(2)
    print(await fresh.aclose(), "closed fresh")
    try:
        await fresh.__anext__()
    except StopAsyncIteration:
        print("closed fresh is exhausted")

    s = stubborn()
    print(await s.__anext__())
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    for maker in (leaks_stop, leaks_stop_iteration):
        g = maker()
        await g.__anext__()
        try:
            await g.__anext__()
        except RuntimeError as e:
            print("RuntimeError:", e)

    for obj in (NotAsyncIterable(), BadAiter(), BadAnext(), [1, 2]):
        try:
            async for _ in obj:
                pass
        except TypeError as e:
            print("TypeError:", e)

    print([x async for x in counter(3) if x != 1])
    print({x: x * x async for x in counter(2)})
    print({x % 2 async for x in counter(4)})

    async def double(x):
        await asyncio.sleep(0)
        return x * 2

    print([await double(x) for x in range(3)])
    print([y for x in range(3) if await double(x) > 1 for y in (x, -x)])
    gen = (await double(x) for x in range(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    agx = (x + 1 async for x in counter(2))
    print(type(agx).__name__, [v async for v in agx])

    total = 0
    async for v in counter(5):
        if v == 2:
            break
        total += v
    print("total", total)
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
