import asyncio
from contextlib import asynccontextmanager
@asynccontextmanager
async def resource(name):
    print("acquire", name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        print("release", name)
async def main():
    async with resource("db") as r:
        print("using", r)
    try:
        async with resource("net"):
            raise OSError("down")
    except OSError as e:
        print("OSError:", e)
asyncio.run(main())
