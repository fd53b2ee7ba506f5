# An uncaught IndexError from string indexing.
word = "héllo"
print(word[4])
print(word[5])
