import asyncio
async def boom():
    await asyncio.sleep(0)
    raise KeyError("task failed")
async def main():
    t = asyncio.create_task(boom(), name="boomer")
    print(t.get_name())
    try:
        await t
    except KeyError as e:
        print("KeyError:", e, t.done(), type(t.exception()).__name__)
    async def inner():
        return asyncio.current_task().get_name()
    print(await asyncio.create_task(inner(), name="custom-name"))
asyncio.run(main())
