# Searching with for/else and while/else in realistic code.
inventory = {"apples": 3, "pears": 0, "plums": 7}
for wanted in ["pears", "plums", "kiwis"]:
    for item, qty in inventory.items():
        if item == wanted and qty > 0:
            print("have", wanted, qty)
            break
    else:
        print("no", wanted)
def first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d
print([first_divisor(n) for n in [15, 17, 49, 97, 2**31 - 1, 91]])
