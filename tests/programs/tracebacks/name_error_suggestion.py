# NameError for a misspelled name: CPython 3.11 adds "Did you mean" to the traceback line.
counter = 1
print(counter)
print(countr)
