"""``python -m extract`` is the ``bulletin`` command."""

from .cli import main

raise SystemExit(main())
