"""Start the reviewer desktop app: ``uv run main.py [ARTICLE_ID | FILE | URL]``."""

from reviewer.app import main

raise SystemExit(main())
