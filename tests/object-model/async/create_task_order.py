import asyncio
order = []
async def step(name, n):
    for i in range(n):
        order.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name
async def main():
    t1 = asyncio.create_task(step("x", 3))
    t2 = asyncio.create_task(step("y", 2))
    order.append("created")
    await asyncio.sleep(0)
    order.append("after first sleep")
    r = await t1, await t2
    print(r, t1.done(), t2.result())
asyncio.run(main())
print(order)
