x = 1
print(eval("x + 1"))
exec("y = 2")
