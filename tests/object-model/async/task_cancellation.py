import asyncio


async def sleeper(name, delay, log):
    try:
        log.append(f"{name} start")
        await asyncio.sleep(delay)
        log.append(f"{name} woke")
        return name
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(f"{name} cleanup")


async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("stubborn swallowed")
    return "survived"


async def main():
    log = []
    t = asyncio.create_task(sleeper("a", 1, log))
    print(t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("never started:", type(e).__name__, e.args, t.cancelled())
    print(t.cancel())

    t = asyncio.create_task(sleeper("b", 1, log))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", type(e).__name__)
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raises CancelledError")

    s = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

    pending = asyncio.create_task(sleeper("c", 0.01, log))
    for call in (pending.result, pending.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    print(await pending)

    inner = asyncio.create_task(sleeper("d", 1, log))
    outer = asyncio.gather(inner, sleeper("e", 1, log))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("gather cancelled", inner.cancelled())

    shielded = asyncio.create_task(sleeper("f", 0.01, log))
    waiter = asyncio.create_task(asyncio.wait_for(asyncio.shield(shielded), 0.001))
    try:
        await waiter
    except asyncio.TimeoutError:
        print("wait_for timed out, shielded survives:", await shielded)

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout():", type(e).__name__, type(e.__cause__).__name__)
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("expired?", cm.expired())

    try:
        print(await asyncio.wait_for(sleeper("g", 1, log), timeout=0))
    except asyncio.TimeoutError:
        print("zero timeout")

    fut = asyncio.get_running_loop().create_future()
    order = []
    fut.add_done_callback(lambda f: order.append("cb1"))
    fut.add_done_callback(lambda f: order.append("cb2"))
    asyncio.get_running_loop().call_soon(order.append, "soon")
    fut.set_result(7)
    order.append("set")
    print(await fut, order)
    await asyncio.sleep(0)
    print(order)
    try:
        fut.set_result(8)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    print("\n".join(log))

    async def selfish():
        await asyncio.sleep(0)
        return asyncio.current_task().cancelling()
    print("cancelling", await asyncio.create_task(selfish()))

    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(5 * i, i)) for i in range(3)],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print(len(done), all(t.cancelled() for t in done))


asyncio.run(main())


async def leftover():
    async def forever(log):
        try:
            await asyncio.sleep(10)
        finally:
            print("leftover task cleaned up")
    asyncio.create_task(forever([]))
    await asyncio.sleep(0)
    return "main done"


print(asyncio.run(leftover()))


async def cancels_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)


try:
    asyncio.run(cancels_main())
except asyncio.CancelledError:
    print("run raised CancelledError")


async def nested_run():
    c = leftover()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    try:
        asyncio.get_running_loop().run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(nested_run())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0.001, "from run_until_complete")))
print(loop.is_closed(), loop.is_running())
loop.close()
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)
