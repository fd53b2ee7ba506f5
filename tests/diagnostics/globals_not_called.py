def show():
    return globals


print(show()())
