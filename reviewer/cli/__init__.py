"""The headless ``reviewer`` command line over the core, the store and the formats."""

from reviewer.cli.main import main

__all__ = ["main"]
