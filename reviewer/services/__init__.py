"""Use cases over the store shared by the window and the CLI: the one way to change a translation.

This layer sits between the interfaces (``reviewer.ui``, ``reviewer.cli``) and ``storage``,
``formats`` and ``engines``; it imports no Qt.
"""
