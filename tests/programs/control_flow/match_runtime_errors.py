# Errors raised while matching, with CPython's messages; and bindings of failed patterns.
class NoArgs:
    pass


class TwoArgs:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a, self.b = 1, 2


class BadArgs:
    __match_args__ = ["a"]


class NonStrArgs:
    __match_args__ = (1,)


class Missing:
    __match_args__ = ("nope",)


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def too_many():
    match NoArgs():
        case NoArgs(x):
            return x


def too_many2():
    match TwoArgs():
        case TwoArgs(p, q, r):
            return p


def dup_kw():
    match TwoArgs():
        case TwoArgs(p, a=q):
            return p, q


def list_args():
    match BadArgs():
        case BadArgs(x):
            return x


def non_str():
    match NonStrArgs():
        case NonStrArgs(x):
            return x


def missing_attr():
    match Missing():
        case Missing(x):
            return x
        case _:
            return "no attribute -> no match"


def not_a_class():
    match 1:
        case len():
            return "?"


def ok_two():
    match TwoArgs():
        case TwoArgs(p, b=q):
            return p, q


attempt("too many", too_many)
attempt("too many 2", too_many2)
attempt("duplicate", dup_kw)
attempt("list args", list_args)
attempt("non-str", non_str)
attempt("missing attr", missing_attr)
attempt("not a class", not_a_class)
attempt("ok", ok_two)


class Key:
    def __eq__(self, other):
        raise RuntimeError("eq called")
    __hash__ = object.__hash__


def value_eq_error():
    match Key():
        case 1:
            return "one"


attempt("eq error", value_eq_error)


def subject_once():
    calls = []
    def subject():
        calls.append(1)
        return [1, 2]
    match subject():
        case [3, _]:
            pass
        case [1, x]:
            pass
    return x, len(calls)


attempt("subject once", subject_once)


def guard_order():
    log = []
    def g(name, result):
        log.append(name)
        return result
    match (1, 2):
        case (a, b) if g("first", False):
            pass
        case (c, d) if g("second", True):
            pass
    return log, a, b, c, d


attempt("guard order", guard_order)


def partial_or():
    match [1, 2]:
        case [x, 3] | [x, 4]:
            return "no"
        case _:
            pass
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


attempt("partial or", partial_or)
