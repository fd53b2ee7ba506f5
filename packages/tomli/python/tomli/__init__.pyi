from ._parser import TOMLDecodeError as TOMLDecodeError
from ._parser import load as load
from ._parser import loads as loads

__all__ = ("loads", "load", "TOMLDecodeError")
__version__: str
__rusputyn__: bool
