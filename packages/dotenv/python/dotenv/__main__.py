"""Lets ``python -m dotenv`` run the command-line interface."""

from .cli import cli

if __name__ == "__main__":
    cli()
