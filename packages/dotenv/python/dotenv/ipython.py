"""The ``%dotenv`` IPython magic, registered by ``%load_ext dotenv``."""

from IPython.core.magic import Magics, line_magic, magics_class  # type: ignore
from IPython.core.magic_arguments import (  # type: ignore
    argument,
    magic_arguments,
    parse_argstring,
)

from .main import find_dotenv, load_dotenv


@magics_class
class IPythonDotEnv(Magics):
    """Magics loading a ``.env`` file into the notebook's environment."""

    @magic_arguments()
    @argument(
        "-o",
        "--override",
        action="store_true",
        help="Indicate to override existing variables",
    )
    @argument(
        "-v",
        "--verbose",
        action="store_true",
        help="Indicate function calls to be verbose",
    )
    @argument(
        "dotenv_path",
        nargs="?",
        type=str,
        default=".env",
        help="Search in increasingly higher folders for the `dotenv_path`",
    )
    @line_magic
    def dotenv(self, line):
        """``%dotenv [-o] [-v] [path]``: finds the file upwards from the cwd and loads it."""
        args = parse_argstring(self.dotenv, line)
        try:
            path = find_dotenv(args.dotenv_path, True, True)
        except IOError:
            print("cannot find .env file")
            return
        load_dotenv(path, verbose=args.verbose, override=args.override)


def load_ipython_extension(ipython):
    """Register the %dotenv magic."""
    ipython.register_magics(IPythonDotEnv)
