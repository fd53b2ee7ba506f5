def check(v):
    result = []
    match v:
        case int() if v > 100:
            result.append("big")
        case int():
            result.append("int")
    match v:
        case [1, 2]:
            result.append("list12")
    result.append("end")
    return result
print(check(5), check(500), check([1, 2]), check((1, 2)), check("x"))
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("partial mapping match ok")
match [1, 2, 3]:
    case [1, 2]:
        print("no")
    case [1, 2, 3, *rest]:
        print("rest", rest)
match "abc":
    case [*chars]:
        print("string matched sequence", chars)
    case _:
        print("strings are not sequences in match")
