class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
def catch(exc):
    try:
        raise exc
    except Leaf:
        return "Leaf handler"
    except Mid as e:
        return f"Mid handler for {type(e).__name__}"
    except Base:
        return "Base handler"
    except Exception:
        return "generic"
for e in [Leaf(), Mid(), Base(), ValueError()]:
    print(type(e).__name__, "->", catch(e))
try:
    raise Leaf
except (KeyError, Mid) as e:
    print("tuple catch", type(e).__name__, e.args)
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError()
    except NotExc:
        pass
except TypeError as e:
    print("TypeError:", e)
