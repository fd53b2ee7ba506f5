print("explodes: body starts")
counter = 0


def helper():
    return {}["missing"]


value = 10 // counter
print("never printed")
