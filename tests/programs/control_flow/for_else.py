# for/else, break and continue in nested loops.
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print("inner completed for", i)
for x in []:
    print("never")
else:
    print("empty loop else")
for c in "abc":
    pass
print("loop variable survives:", c)
