# Raising a BaseException subclass that is not an Exception still produces a traceback.
class Abort(BaseException):
    pass
try:
    raise Abort("caught by BaseException")
except BaseException as e:
    print("caught", repr(e))
raise Abort("stop now")
