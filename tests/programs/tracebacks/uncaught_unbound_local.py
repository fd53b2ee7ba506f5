# UnboundLocalError reaching the top level.
total = 10
def add(n):
    if n > 100:
        total = 0
    return total + n
print("start")
print(add(5))
