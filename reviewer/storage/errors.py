"""Errors of the store a user can act on (locked, missing, newer schema), as opposed to bugs."""

from __future__ import annotations

from reviewer.core.errors import ReviewerError


class StoreError(ReviewerError):
    """Something about the database a user should be told in plain words."""


class StoreLockedError(StoreError):
    """Another process held the database locked for longer than the busy timeout."""


class NotFoundError(StoreError):
    """An article or segment that the caller named does not exist."""
