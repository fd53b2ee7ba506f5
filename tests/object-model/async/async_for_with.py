import asyncio
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i
class Session:
    async def __aenter__(self):
        print("session open")
        return self
    async def __aexit__(self, et, ev, tb):
        print("session close", et.__name__ if et else None)
        return True
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i
async def main():
    async for t in Ticker(3):
        print("tick", t)
    async with Session() as s:
        print("inside", type(s).__name__)
        raise KeyError("suppressed")
    print([x async for x in agen(4)])
    async for v in agen(2):
        print("agen", v)
asyncio.run(main())
