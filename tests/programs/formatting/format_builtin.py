# The format() builtin on different types, and on an instance with only __str__.
print(format(3.14159, ".2f"), format(42, "x"), format("hi", ">5"), format(1234.5, ","), format(0.5, "%"))
print(format(None), format([1, 2]), format((1,)), format(True), format(2.0), format(10**20))
class Plain:
    def __str__(self):
        return "plain!"
print(f"{Plain()}", format(Plain()), "{}".format(Plain()))
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
