import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
async def chain():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
print(asyncio.run(chain()))
coro = add(1, 1)
print(type(coro).__name__)
print(asyncio.run(coro))
async def nothing():
    pass
print(asyncio.run(nothing()))
async def raises():
    await asyncio.sleep(0)
    raise ValueError("async boom")
try:
    asyncio.run(raises())
except ValueError as e:
    print("ValueError:", e)
