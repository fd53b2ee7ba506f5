# Reading every line of stdin with input() until EOF, then word statistics.
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
print(len(lines), "lines")
words = " ".join(lines).split()
print(len(words), "words")
freq = {}
for w in words:
    w = w.strip(".,").lower()
    freq[w] = freq.get(w, 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(w, c)
