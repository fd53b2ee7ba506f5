import asyncio
async def waiter(ev, name, out):
    out.append(f"{name} waiting")
    await ev.wait()
    out.append(f"{name} released")
async def main():
    ev = asyncio.Event()
    out = []
    tasks = [asyncio.create_task(waiter(ev, n, out)) for n in "abc"]
    await asyncio.sleep(0)
    out.append("setting")
    ev.set()
    await asyncio.gather(*tasks)
    print(out)
    print(ev.is_set())
asyncio.run(main())
