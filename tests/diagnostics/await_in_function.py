async def main():
    await other()
async def other():
    pass
