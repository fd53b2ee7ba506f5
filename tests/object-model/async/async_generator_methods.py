import asyncio
async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker cleanup")
async def main():
    agen = ticker(5)
    print(await agen.__anext__(), await agen.__anext__())
    await agen.aclose()
    total = 0
    async for v in ticker(3):
        total += v
    print("total", total)
    try:
        it = ticker(0)
        await it.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
asyncio.run(main())
