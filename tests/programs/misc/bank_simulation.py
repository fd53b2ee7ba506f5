# A deterministic simulation with a linear congruential generator (no random module).
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
balances = {name: 100 for name in ["ann", "bob", "cat", "dan"]}
names = list(balances)
for step in range(200):
    a = names[rand() % 4]
    b = names[rand() % 4]
    amount = rand() % 30
    if a != b and balances[a] >= amount:
        balances[a] -= amount
        balances[b] += amount
print(balances, sum(balances.values()), seed)
hist = [0] * 10
for _ in range(10000):
    hist[rand() % 10] += 1
print(hist, sum(hist))
