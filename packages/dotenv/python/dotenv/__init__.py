"""Rust-accelerated drop-in replacement for python-dotenv.

Reads ``KEY=value`` pairs from ``.env`` files into ``os.environ`` or a dict, with the
same API, parsing rules, logging and command-line tool as python-dotenv; the parsing,
interpolation and file rewriting run in the compiled ``dotenv._core`` module.
"""

from typing import Any, Optional

from .main import dotenv_values, find_dotenv, get_key, load_dotenv, set_key, unset_key

#: Marks this implementation (absent from upstream python-dotenv).
__rusputyn__ = True


def load_ipython_extension(ipython: Any) -> None:
    """Registers the ``%dotenv`` magic when IPython runs ``%load_ext dotenv``."""
    from .ipython import load_ipython_extension as _register

    _register(ipython)


def get_cli_string(
    path: Optional[str] = None,
    action: Optional[str] = None,
    key: Optional[str] = None,
    value: Optional[str] = None,
    quote: Optional[str] = None,
) -> str:
    """Builds the ``dotenv`` shell command performing ``action`` on ``key``/``value``.

    Values containing a space are wrapped in double quotes; the key and value are
    only used when an action (and, for the value, a key) is given.
    """
    parts = ["dotenv"]
    if quote:
        parts.append(f"-q {quote}")
    if path:
        parts.append(f"-f {path}")
    if action:
        parts.append(action)
        if key:
            parts.append(key)
            if value:
                parts.append(f'"{value}"' if " " in value else value)
    return " ".join(parts).strip()


__all__ = [
    "get_cli_string",
    "load_dotenv",
    "dotenv_values",
    "get_key",
    "set_key",
    "unset_key",
    "find_dotenv",
    "load_ipython_extension",
]
