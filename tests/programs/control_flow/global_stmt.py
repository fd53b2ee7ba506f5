# global declarations read and rebind module names from functions.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(3):
    bump()
print(counter)
def make_new():
    global created
    created = "made inside"
make_new()
print(created)
x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def read_only():
    return x.upper()
print(read_only())
