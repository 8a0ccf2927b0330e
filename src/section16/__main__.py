"""`python -m section16` runs the CLI."""

from section16.cli import main

main()
