"""The ``dotenv`` command-line tool (python-dotenv's ``dotenv.cli``), built on click."""

import json
import os
import shlex
import sys
from contextlib import contextmanager
from typing import IO, Any, Dict, Iterator, List, Optional

try:
    import click
except ImportError:
    sys.stderr.write(
        "It seems python-dotenv is not installed with cli option. \n"
        'Run pip install "rusputyn-dotenv[cli]" to fix this.'
    )
    sys.exit(1)

from .main import DotEnv, dotenv_values, set_key, unset_key
from .version import __version__

if sys.platform == "win32":
    from subprocess import Popen


def enumerate_env() -> Optional[str]:
    """Path of ``.env`` in the current directory, or None if that directory is gone."""
    try:
        cwd = os.getcwd()
    except FileNotFoundError:
        return None
    return os.path.join(cwd, ".env")


@click.group()
@click.option(
    "-f",
    "--file",
    default=enumerate_env(),
    type=click.Path(file_okay=True),
    help="Location of the .env file, defaults to .env file in current working directory.",
)
@click.option(
    "-q",
    "--quote",
    default="always",
    type=click.Choice(["always", "never", "auto"]),
    help="Whether to quote or not the variable values. Default mode is always. This does not affect parsing.",
)
@click.option(
    "-e",
    "--export",
    default=False,
    type=click.BOOL,
    help="Whether to write the dot file as an executable bash script.",
)
@click.version_option(version=__version__)
@click.pass_context
def cli(ctx: click.Context, file: Any, quote: Any, export: Any) -> None:
    """This script is used to set, get or unset values from a .env file."""
    ctx.obj = {"QUOTE": quote, "EXPORT": export, "FILE": file}


@contextmanager
def stream_file(path: os.PathLike) -> Iterator[IO[str]]:
    """Opens ``path`` for reading; exits with status 2 when it cannot be opened."""
    try:
        with open(path) as stream:
            yield stream
    except OSError as exc:
        print(f"Error opening env file: {exc}", file=sys.stderr)
        sys.exit(2)


def _read_values(ctx: click.Context) -> Dict[str, Optional[str]]:
    with stream_file(ctx.obj["FILE"]) as stream:
        return dotenv_values(stream=stream)


@cli.command(name="list")
@click.pass_context
@click.option(
    "--format",
    "output_format",
    default="simple",
    type=click.Choice(["simple", "json", "shell", "export"]),
    help="The format in which to display the list. Default format is simple, "
    "which displays name=value without quotes.",
)
def list_values(ctx: click.Context, output_format: str) -> None:
    """Display all the stored key/value."""
    values = _read_values(ctx)
    if output_format == "json":
        click.echo(json.dumps(values, indent=2, sort_keys=True))
        return
    prefix = "export " if output_format == "export" else ""
    shell_quoted = output_format in ("export", "shell")
    for key in sorted(values):
        value = values[key]
        if value is None:
            continue
        click.echo(f"{prefix}{key}={shlex.quote(value) if shell_quoted else value}")


@cli.command(name="set")
@click.pass_context
@click.argument("key", required=True)
@click.argument("value", required=True)
def set_value(ctx: click.Context, key: Any, value: Any) -> None:
    """
    Store the given key/value.

    This doesn't follow symlinks, to avoid accidentally modifying a file at a
    potentially untrusted path.
    """
    options = ctx.obj
    success, key, value = set_key(
        options["FILE"], key, value, options["QUOTE"], options["EXPORT"]
    )
    if not success:
        sys.exit(1)
    click.echo(f"{key}={value}")


@cli.command()
@click.pass_context
@click.argument("key", required=True)
def get(ctx: click.Context, key: Any) -> None:
    """Retrieve the value for the given key."""
    values = _read_values(ctx)
    # "" is a real value; only a missing key or a bare `KEY` line is a failure.
    if values.get(key) is None:
        sys.exit(1)
    click.echo(values[key])


@cli.command()
@click.pass_context
@click.argument("key", required=True)
def unset(ctx: click.Context, key: Any) -> None:
    """
    Removes the given key.

    This doesn't follow symlinks, to avoid accidentally modifying a file at a
    potentially untrusted path.
    """
    success, key = unset_key(ctx.obj["FILE"], key, ctx.obj["QUOTE"])
    if not success:
        sys.exit(1)
    click.echo(f"Successfully removed {key}")


@cli.command(
    context_settings={
        "allow_extra_args": True,
        "allow_interspersed_args": False,
        "ignore_unknown_options": True,
    }
)
@click.pass_context
@click.option(
    "--override/--no-override",
    default=True,
    help="Override variables from the environment file with those from the .env file.",
)
@click.argument("commandline", nargs=-1, type=click.UNPROCESSED)
def run(ctx: click.Context, override: bool, commandline: tuple) -> None:
    """Run command with environment variables present."""
    file = ctx.obj["FILE"]
    if not os.path.isfile(file):
        raise click.BadParameter(
            f"Invalid value for '-f' \"{file}\" does not exist.", ctx=ctx
        )
    loaded = DotEnv(file, override=override, encoding="utf-8").dict()
    env = {
        key: value
        for key, value in loaded.items()
        if value is not None and (override or key not in os.environ)
    }
    if not commandline:
        click.echo("No command given.")
        sys.exit(1)
    run_command([*commandline, *ctx.args], env)


def run_command(command: List[str], env: Dict[str, str]) -> None:
    """Replaces the current process with ``command``, adding ``env`` to the
    environment (on Windows, runs it as a child and exits with its status)."""
    merged = dict(os.environ)
    merged.update(env)
    if sys.platform == "win32":
        try:
            child = Popen(
                command, universal_newlines=True, bufsize=0, shell=False, env=merged
            )
        except FileNotFoundError:
            print(f"Command not found: {command[0]}", file=sys.stderr)
            sys.exit(1)
        child.communicate()
        sys.exit(child.returncode)
    try:
        os.execvpe(command[0], args=command, env=merged)
    except FileNotFoundError:
        print(f"Command not found: {command[0]}", file=sys.stderr)
        sys.exit(1)
