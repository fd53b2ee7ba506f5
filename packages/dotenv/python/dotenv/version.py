"""Version of python-dotenv whose behaviour this package reproduces."""

__version__ = "1.2.4"
