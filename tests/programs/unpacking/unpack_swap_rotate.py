# Swapping and rotating through tuple assignment; evaluation order of targets.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
arr = [0, 0, 0]
i, arr[i] = 1, 99
print(i, arr)
x = [1, 2, 3, 4, 5]
x[1:3], x[-1] = ["a", "b", "c"], "z"
print(x)
fib = [0, 1]
p, q = 0, 1
for _ in range(10):
    p, q = q, p + q
    fib.append(q)
print(fib)
