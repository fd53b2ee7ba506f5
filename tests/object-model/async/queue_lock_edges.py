import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    print(q.get_nowait())
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    log = []

    async def putter(i):
        await q.put(i)
        log.append(f"put {i}")

    tasks = [asyncio.create_task(putter(i)) for i in range(3)]
    await asyncio.sleep(0)
    while len(log) < 3 or not q.empty():
        log.append(f"got {await q.get()}")
    await asyncio.gather(*tasks)
    print(log)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (0, "z")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([await lq.get() for _ in range(4)])

    lock = asyncio.Lock()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    order = []

    async def locker(name):
        async with lock:
            order.append(f"{name} in")
            await asyncio.sleep(0)
            order.append(f"{name} out")

    await asyncio.gather(locker("x"), locker("y"), locker("z"))
    print(order)

    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    sem = asyncio.Semaphore(0)
    print(sem.locked())
    got = []

    async def want(i):
        await sem.acquire()
        got.append(i)

    ws = [asyncio.create_task(want(i)) for i in range(3)]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    await asyncio.sleep(0)
    print(got)
    ws[2].cancel()
    await asyncio.sleep(0)
    print(got, ws[2].cancelled())

    ev = asyncio.Event()
    ev.set()
    print(await ev.wait(), ev.is_set())
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    ready = []

    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: ready)
            print("consumer", i, "sees", ready)

    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        ready.append(1)
        cond.notify_all()
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    results = []
    for coro in asyncio.as_completed([asyncio.sleep(0.02, "slow"), asyncio.sleep(0.01, "fast")]):
        results.append(await coro)
    print(results)
    try:
        for coro in asyncio.as_completed([asyncio.sleep(1)], timeout=0.01):
            await coro
    except asyncio.TimeoutError:
        print("as_completed timed out")


asyncio.run(main())
