import asyncio
class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = asyncio.Lock()
    async def withdraw(self, amount, name):
        async with self.lock:
            b = self.balance
            await asyncio.sleep(0)
            if amount > b:
                print(name, "insufficient")
                return False
            self.balance = b - amount
            print(name, "withdrew", amount, "left", self.balance)
            return True
async def main():
    acct = Account(100)
    r = await asyncio.gather(*(acct.withdraw(40, f"w{i}") for i in range(4)))
    print(r, acct.balance)
asyncio.run(main())
