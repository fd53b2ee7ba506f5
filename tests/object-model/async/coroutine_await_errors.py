import asyncio
async def f():
    return 1
async def main():
    c = f()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
