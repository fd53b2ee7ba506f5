import asyncio
from contextlib import asynccontextmanager


class Base:
    async def hello(self):
        await asyncio.sleep(0)
        return "base"


class Child(Base):
    async def hello(self):
        return "child+" + await super().hello()

    @classmethod
    async def make(cls):
        return cls.__name__

    @staticmethod
    async def static(x):
        return x * 2

    async def items(self):
        for i in range(3):
            yield f"{self.__class__.__name__}{i}"


@asynccontextmanager
async def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name
    finally:
        log.append(f"</{name}>")


async def main():
    c = Child()
    print(await c.hello(), await Child.make(), await Child.static(4))
    print([x async for x in c.items()])
    print(f"value={await Child.static(5)}")
    log = []
    async with tag("a", log) as a, tag("b", log) as b:
        log.append(a + b)
    print(log)
    async for x in c.items():
        if x.endswith("5"):
            break
    else:
        print("for-else ran")
    count = 0

    async def bump():
        nonlocal count
        for _ in range(3):
            count += 1
            await asyncio.sleep(0)

    await asyncio.gather(bump(), bump())
    print("count", count)

    async def fin():
        try:
            await asyncio.sleep(0)
            raise ValueError("x")
        finally:
            return "finally wins"

    print(await fin())

    async def fib(n):
        if n < 2:
            return n
        a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
        return a + b

    print(await fib(10))
    results = await asyncio.gather(*[asyncio.sleep(0.001 * (5 - i), i) for i in range(5)])
    print(results)
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out", q.empty())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "later")
    handle = loop.call_later(0.005, print, "never printed")
    handle.cancel()
    print(await fut, handle.cancelled())
    t = loop.time()
    await asyncio.sleep(0.02)
    print(loop.time() - t >= 0.02)
    print(asyncio.iscoroutine(fib(1)), asyncio.isfuture(fut), asyncio.iscoroutine(1))


asyncio.run(main())
