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
    """True for coroutine objects (what calling an ``async def`` function returns)."""
    return isinstance(obj, CoroutineType)
