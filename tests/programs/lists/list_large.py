# Large lists: building, slicing, summing.
big = list(range(100000))
print(len(big), big[-1], sum(big), sum(big[::1000]), big[50000:50005])
squares = [i * i for i in range(1000)]
print(sum(squares), squares[-1], max(squares), squares.index(961))
big.reverse()
print(big[:3], big[-3:])
big.sort()
print(big[:3], big[-3:])
del big[10:]
print(big)
print([0] * 3 + [1] * 2, len([None] * 10000))
