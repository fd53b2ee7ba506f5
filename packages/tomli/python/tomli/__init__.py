"""Drop-in, Rust-backed replacement for the ``tomli`` TOML parser (Rusputyn project)."""

__all__ = ("loads", "load", "TOMLDecodeError")
__version__ = "2.5.0"

#: Marker telling the Rusputyn implementation apart from upstream ``tomli``.
__rusputyn__ = True

from ._parser import TOMLDecodeError, load, loads
