import asyncio
async def producer(q, items):
    for it in items:
        await q.put(it)
        print("put", it)
    await q.put(None)
async def consumer(q, name):
    got = []
    while True:
        it = await q.get()
        if it is None:
            q.task_done()
            break
        print(name, "got", it)
        got.append(it)
        q.task_done()
    return got
async def main():
    q = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(q, [1, 2, 3, 4]))
    got = await consumer(q, "c1")
    await prod
    print("consumed", got, q.empty(), q.qsize())
asyncio.run(main())
