import asyncio
async def worker(name, q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        results.append((name, item))
        q.task_done()
async def main():
    q = asyncio.Queue()
    for i in [3, 1, 2, 1]:
        q.put_nowait(i)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(item for _, item in results), len(results))
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
asyncio.run(main())
