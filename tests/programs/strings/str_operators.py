# + and * on strings, comparisons, membership, iteration.
a, b = "abc", "abd"
print(a + b, a * 3, 3 * a, a * 0, a * -2, "" * 100, "-" * 20)
print(a < b, a <= a, "Z" < "a", "apple" < "apricot", "" < "a", "abc" < "abcd", "é" > "z", "😀" > "日")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]), min("hello"), max("hello"))
print([c for c in "héllo"], list("ab"), tuple("ab"), set("aab") == {"a", "b"})
s = "x"
s += "y"
s *= 3
print(s)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
