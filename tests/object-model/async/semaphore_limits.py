import asyncio
async def job(i, sem, log):
    async with sem:
        log.append(("start", i))
        await asyncio.sleep(0.01)
        log.append(("end", i))
async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(job(i, sem, log) for i in range(5)))
    active = 0
    peak = 0
    for kind, _ in log:
        active += 1 if kind == "start" else -1
        peak = max(peak, active)
    print("peak concurrency", peak, "events", len(log))
    print([i for kind, i in log if kind == "start"])
asyncio.run(main())
