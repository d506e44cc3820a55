"""The frozen bundle's window: ``reviewer-gui`` (the same entry point as the installed command)."""

from reviewer.app import main

raise SystemExit(main())
