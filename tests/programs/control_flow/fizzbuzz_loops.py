# Classic loop programs.
for i in range(1, 31):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
row = [1]
for _ in range(10):
    print(" ".join(map(str, row)).center(40))
    row = [a + b for a, b in zip([0] + row, row + [0])]
n = 12
while n:
    print(n % 2, end="")
    n //= 2
print()
