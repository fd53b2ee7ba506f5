import asyncio


async def agen():
    yield 1
    yield 2


class Counter:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


class BadAiter:
    def __aiter__(self):
        return 3


async def main():
    g = agen()
    print(aiter(g) is g)
    print(await anext(g), await anext(g), await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    aw = anext(agen(), None)
    print(type(aw).__name__, await aw)
    c = aiter(Counter())
    print(await anext(c), await anext(c), await anext(c, "end"))
    for bad in (lambda: aiter(5), lambda: anext(5), lambda: aiter(BadAiter()), lambda: anext([1])):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
