# asyncio.TaskGroup: tasks run together, the block waits for them, names and results.
import asyncio

log = []


async def work(name, delay, result):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return result


async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        t1 = tg.create_task(work("a", 0.02, 1))
        t2 = tg.create_task(work("b", 0.01, 2), name="second")
        t3 = tg.create_task(work("c", 0, 3))
        print(repr(tg))
        print(t1.get_name(), t2.get_name(), t3.get_name())
        log.append("body done")
    print(log)
    print(t1.result(), t2.result(), t3.result())
    print(repr(tg))

    # Tasks created by tasks of the group, while the group waits.
    log.clear()
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            await asyncio.sleep(0)
            tg.create_task(work("child", 0.01, "c"))
            log.append("spawned")

        tg.create_task(spawner())
    print(log)

    # An empty group.
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty ok", repr(tg))

    # Misuse.
    tg = asyncio.TaskGroup()
    coro = work("x", 0, 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        pass
    coro = work("y", 0, 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    # The group as a value of the with statement and its use from a nested coroutine.
    results = []

    async def collect(tg, n):
        for i in range(n):
            tg.create_task(work(f"n{i}", 0, i)).add_done_callback(
                lambda t: results.append(t.result()))

    async with asyncio.TaskGroup() as tg:
        await collect(tg, 4)
    print(sorted(results), results)


asyncio.run(main())
