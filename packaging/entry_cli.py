"""The frozen bundle's command line: ``reviewer`` (the installed command's entry point)."""

from reviewer.cli import main

raise SystemExit(main())
