# strip/lstrip/rstrip, removeprefix/removesuffix.
for s in ["  hi  ", "\t\n hi \r\n", "xxhixx", "hi", "", "   ", "\u3000wide\u3000", "\xa0nbsp\xa0"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")))
print("www.example.com".strip("cmowz."), "abcba".strip("ab"), "abc".lstrip("cba"), "aaa".rstrip("a"))
print("TestHook".removeprefix("Test"), "TestHook".removeprefix("Hook"), "a.py".removesuffix(".py"), "a.py".removesuffix(""))
print(repr("  x ".strip(None)), repr("--x--".lstrip("-")), repr("--x--".rstrip("-")))
