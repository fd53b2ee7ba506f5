# asyncio.timeout / timeout_at edge cases: expiry, reschedule, nesting, errors, repr.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    # Expiry turns the cancellation into TimeoutError, chained from CancelledError.
    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm).startswith("<Timeout [active] when="))
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    print(cm.expired(), repr(cm))

    # Finishing in time.
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print(cm.expired(), repr(cm))

    # None: never expires; rescheduled later into the past.
    try:
        async with asyncio.timeout(None) as cm:
            print(cm.when(), repr(cm))
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired after reschedule to the past")

    # Rescheduled to never.
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print("rescheduled to None:", cm.expired(), cm.when())

    # Zero and negative delays expire at the first await.
    for d in (0, -1):
        try:
            async with asyncio.timeout(d):
                print("entered", d)
                await asyncio.sleep(0)
                print("not reached")
        except TimeoutError:
            print("expired", d)

    # An expired timeout whose body swallows the cancellation does not raise.
    async with asyncio.timeout(0) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed")
    print("after swallowed:", cm.expired())

    # Nested: the inner expires first, the outer continues.
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner expired, outer expired?", outer.expired())
        await asyncio.sleep(0)
    print("outer ok", outer.expired())

    # Nested: the outer expires first; the inner does not claim it.
    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("wrong: inner claimed it")
    except TimeoutError:
        print("outer expired", outer.expired(), "inner", inner.expired())

    # Other exceptions pass through untouched.
    try:
        async with asyncio.timeout(1):
            raise KeyError("k")
    except KeyError as e:
        print("KeyError", e)

    # Errors.
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(repr(cm))
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)

    # timeout_at with an absolute deadline.
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired", cm.expired())

    # A timeout inside a TaskGroup task.
    async def limited(n):
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(n)
            return "done"
        except TimeoutError:
            return "timed out"

    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(limited(0))
        b = tg.create_task(limited(1))
    print(a.result(), b.result())


asyncio.run(main())


async def outside_task():
    cm = asyncio.timeout(1)
    return cm


cm = asyncio.run(outside_task())
print(repr(cm))
