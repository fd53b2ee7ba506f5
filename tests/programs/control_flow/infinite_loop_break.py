# while True loops terminated by break/return, with complex conditions.
def digits(n):
    out = []
    while True:
        out.append(n % 10)
        n //= 10
        if not n:
            return out[::-1]
print(digits(0), digits(907), digits(2**64))
i = 0
while i < 100 and not (i > 10 and i % 7 == 0):
    i += 1
print(i)
seq = []
x = 1
while len(seq) < 10 or x % 2:
    seq.append(x)
    x += 1
print(seq, x)
