import asyncio
async def ok(v):
    await asyncio.sleep(0)
    return v
async def bad(msg):
    await asyncio.sleep(0)
    raise RuntimeError(msg)
async def main():
    try:
        await asyncio.gather(ok(1), bad("first"), ok(3))
    except RuntimeError as e:
        print("RuntimeError:", e)
    res = await asyncio.gather(ok(1), bad("second"), ok(3), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res])
    print(repr(res[1]))
    print(await asyncio.gather())
asyncio.run(main())
