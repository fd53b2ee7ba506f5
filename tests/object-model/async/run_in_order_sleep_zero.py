import asyncio
async def worker(name, log, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
async def main():
    log = []
    await asyncio.gather(worker("a", log, 3), worker("b", log, 2), worker("c", log, 1))
    print(" ".join(log))
    log.clear()
    t = asyncio.create_task(worker("t", log, 2))
    log.append("main")
    await t
    print(" ".join(log))
asyncio.run(main())
