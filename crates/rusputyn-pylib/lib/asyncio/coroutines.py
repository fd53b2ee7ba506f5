"""Telling coroutines apart."""

__all__ = ("iscoroutine",)


async def _probe():
    pass


_coro = _probe()
# The built-in coroutine type (CPython's types.CoroutineType).
CoroutineType = type(_coro)
_coro.close()
del _coro


def iscoroutine(obj):
    """True for coroutine objects (what calling an ``async def`` function returns) and
    other objects with the whole coroutine interface, as ``collections.abc.Coroutine``."""
    if isinstance(obj, CoroutineType):
        return True
    return all(hasattr(obj, name) for name in ("send", "throw", "close", "__await__"))
