# The is* family on ASCII and non-ASCII input.
tests = ["", "abc", "ABC", "abc123", "123", "١٢٣", "½", "²", "3.5", " ", "\t\n", "a b", "_id", "id1", "1id", "café", "日本", "Ⅻ", "ǅ", "x²"]
for t in tests:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isspace(),
          t.isidentifier(), t.isprintable(), t.isascii(), t.islower(), t.isupper(), t.istitle())
print("\x00".isprintable(), "\u00a0".isprintable(), "\u00a0".isspace(), "\x1c".isspace())
