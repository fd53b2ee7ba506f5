# count() does not count overlapping matches; find loops to find all occurrences.
s = "aaaaa"
print(s.count("aa"), s.count("aaa"), s.count("a"), s.count(""), "".count(""), "abc".count("", 1))
def find_all(hay, needle):
    out = []
    i = hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out
print(find_all(s, "aa"), find_all("abracadabra", "abra"), find_all("日本日本日", "日本"), find_all("x", "y"))
print("banana".count("an"), "banana".count("ana"), "banana".replace("ana", "X"), "banana".split("a"))
