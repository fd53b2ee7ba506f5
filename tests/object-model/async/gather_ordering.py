import asyncio
async def work(name, delay, log):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return name.upper()
async def main():
    log = []
    results = await asyncio.gather(work("a", 0.03, log), work("b", 0.01, log), work("c", 0.02, log))
    print(results)
    print(log)
asyncio.run(main())
