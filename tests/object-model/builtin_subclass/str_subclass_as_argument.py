class S(str): pass
print(int(S("12")), int(S("ff"), 16), float(S("1.5")), "abc".startswith(S("a")), "a,b".split(S(",")), "xax".replace(S("a"), S("b")), "abc".find(S("c")))
class L(list): pass
class D(dict): pass
def m(x):
    a = b = v = None
    match x:
        case [a, b]:
            return ("seq2", a, b)
        case {"k": v}:
            return ("map", v)
        case str():
            return "str"
        case _:
            return "other"
print(m(L([1, 2])), m(D(k=3)), m(S("q")), m(L([1])))
