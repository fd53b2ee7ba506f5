# asyncio.TaskGroup failures: the first error cancels siblings and the body; errors come
# out together as an ExceptionGroup; CancelledError and fatal exceptions.
import asyncio


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def slow(name, log):
    try:
        await asyncio.sleep(1)
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


def show(eg):
    print(type(eg).__name__, repr(str(eg)), [repr(e) for e in eg.exceptions])


async def main():
    log = []
    # One failing task: siblings and the body are cancelled.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("s1", log))
            tg.create_task(fail(0.01, ValueError("bad")))
            tg.create_task(slow("s2", log))
            await asyncio.sleep(1)
            log.append("body not cancelled?")
    except* ValueError as eg:
        show(eg)
    print(log)
    print("current task cancelling:", asyncio.current_task().cancelling())

    # Two tasks failing in the same step, both collected.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.01, KeyError("k")))
            tg.create_task(fail(0.01, TypeError("t")))
    except BaseExceptionGroup as eg:
        show(eg)
        print(eg.__cause__, eg.__suppress_context__)

    # The body raising: tasks are cancelled, the body's error joins the group last.
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("t", log))
            await asyncio.sleep(0)
            raise ZeroDivisionError("body")
    except ExceptionGroup as eg:
        show(eg)
    print(log)

    # A task error and a body error together.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, OSError("task")))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise RuntimeError("body saw cancel")
    except ExceptionGroup as eg:
        show(eg)

    # except* splitting by type.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, ValueError(1)))
            tg.create_task(fail(0, KeyError(2)))
    except* ValueError as eg:
        print("values", [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("keys", [repr(e) for e in eg.exceptions])

    # A child cancelled on its own does not fail the group.
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(slow("lone", log))
        await asyncio.sleep(0)
        t.cancel()
    print("cancelled child:", t.cancelled())

    # create_task after an abort started.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, ValueError("x")))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                coro = slow("late", log)
                try:
                    tg.create_task(coro)
                except RuntimeError as e:
                    print("RuntimeError:", e)
                coro.close()
                raise
    except* ValueError as eg:
        show(eg)


async def outer_cancel():
    log = []

    async def inner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("child", log))
            await asyncio.sleep(1)

    t = asyncio.create_task(inner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancel propagated", t.cancelled())
    print(log)


asyncio.run(main())
asyncio.run(outer_cancel())


async def uncaught():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(0, ValueError("uncaught")))


asyncio.run(uncaught())
