import asyncio
async def leaf(name, d):
    await asyncio.sleep(d)
    return name
async def branch(prefix):
    return await asyncio.gather(leaf(prefix + "1", 0.02), leaf(prefix + "2", 0.01))
async def main():
    r = await asyncio.gather(branch("a"), branch("b"), leaf("c", 0))
    print(r)
    tasks = [asyncio.create_task(leaf(str(i), 0.01 * (3 - i))) for i in range(3)]
    done_order = []
    for coro in asyncio.as_completed(tasks):
        done_order.append(await coro)
    print(done_order)
    print([t.result() for t in tasks])
asyncio.run(main())
