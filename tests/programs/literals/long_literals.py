# Very long literals and deeply nested displays.
n = 1234567890123456789012345678901234567890123456789012345678901234567890
print(n)
print(n * n)
print(n // 7, n % 7)
print(str(n)[::-1])
s = "abcdefghij" * 50
print(len(s), s[:15], s[-15:])
nested = [[[[[[[[[[1]]]]]]]]]]
print(nested, nested[0][0][0][0][0][0][0][0][0][0])
t = ((((((1,),),),),),)
print(t)
d = {"k%d" % i: i * i for i in range(20)}
print(d)
print(list(range(40)))
print(tuple("hello world"))
