import asyncio
async def slow():
    await asyncio.sleep(1)
    return "slow done"
async def fast():
    await asyncio.sleep(0.001)
    return "fast done"
async def main():
    print(await asyncio.wait_for(fast(), timeout=1))
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
asyncio.run(main())
