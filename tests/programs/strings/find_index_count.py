# find/rfind/index/rindex/count with start/end, including empty needles.
s = "hello world, hello python"
for sub in ["hello", "o", "xyz", "", "python", "h"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 5), s.rfind(sub, 0, 10), s.count(sub, 3, 20))
print(s.index("world"), s.rindex("hello"), s.find("o", -5), s.find("o", 100), "".find(""), "abc".find("", 3), "abc".find("", 4))
print("aaaa".count("aa"), "aaaa".count("a", 1), "aaaa".count(""), "ünïcödé".find("ö"), "😀x😀".rfind("😀"))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)
print("x" in s, "hello w" in s, "" in s, "Hello" in s, "Hello" not in s)
