# An exception inside a comprehension propagates uncaught.
values = [4, 2, 1, 0, 5]
print([10 // v for v in values if v > 1])
print([10 // v for v in values])
