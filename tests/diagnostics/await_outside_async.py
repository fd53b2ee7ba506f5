async def other():
    pass
def main():
    await other()
