"""asyncio's exception classes (Rusputyn's implementation, written from the asyncio docs)."""

__all__ = ("CancelledError", "InvalidStateError", "TimeoutError")


class CancelledError(BaseException):
    """The operation was cancelled (a ``BaseException``, so ``except Exception`` lets it by)."""


class InvalidStateError(Exception):
    """A Future or Task is not in the state the operation needs."""


# Since Python 3.11 asyncio's timeout error is the built-in one.
TimeoutError = TimeoutError
