# Common bytes methods mirror str's.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.title(), b.swapcase())
print(b.split(), b.split(b","), b"a,b,,c".split(b","), b"a b c".rsplit(None, 1), b",".join([b"x", b"y"]))
print(b.find(b"World"), b.find(b"z"), b.count(b"l"), b.index(b"H"), b.rfind(b"o"), b.replace(b"l", b"L"))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")), b"12".isdigit(), b"ab".isalpha(), b" ".isspace())
print(b"x".center(5, b"-"), b"x".ljust(3), b"x".rjust(3, b"0"), b"5".zfill(3), b"k=v".partition(b"="))
print(b"a\nb\r\nc".splitlines(), b"hello".hex(), b"hello".hex(":"), bytes.fromhex("00ff"))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"aaa".replace(b"a", b"bb", 2))
print(b"hello"[1:3].decode(), b"%d-%s" % (5, b"x"), b"Hello".capitalize())
try:
    b.index(b"zz")
except ValueError as e:
    print("ValueError:", e)
