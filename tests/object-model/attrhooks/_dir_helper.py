first = 1
names = dir()
def later():
    pass
