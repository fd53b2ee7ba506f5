# split: groups, maxsplit, empty matches (Python 3.7+ rules).
import re

print(re.split(r",", "a,b,,c,"))
print(re.split(r"\s*,\s*", "a , b,c"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"(:)|,", "a:b,c"))
print(re.split(r"(a)(x)?", "1a2ax3"))
print(re.split(r",", "a,b,c", 1), re.split(r",", "a,b,c", maxsplit=2), re.split(",", "a,b,c", -1))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "a b"))
print(re.split(r"", "abc"))
print(re.split(r"^", "a\nb", flags=re.M))
print(re.split(r"$", "a\nb\n", flags=re.M))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split("x", ""), re.split("", ""), re.split("x", "x"))
print(re.compile(r"\d").split("a1b2c3", 2))
