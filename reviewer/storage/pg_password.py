"""Connecting to a server library, and its password in the system keyring.

libpq finds the password first, in its own order: the URL (``user:password@`` or
``?password=``), ``PGPASSWORD``, the password file (``~/.pgpass`` or ``PGPASSFILE``), with
``service=`` taking host, port, user and database from the service file (``PGSERVICEFILE``).
Only when the server asks for a password and libpq had none (``PQconnectionNeedsPassword``) is
the system keyring asked: service ``reviewer``, user name ``user@host:port/db`` as libpq
resolved them (:func:`account_of`). A keyring with no backend, a failing one, or one that does
not answer within :data:`KEYRING_TIMEOUT_S` is said plainly in the error and never blocks.
A password from the keyring goes to libpq as a keyword; it is never put into the URL, the
settings or a message.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import psycopg
from psycopg import pq

from reviewer.storage.errors import StoreError
from reviewer.storage.pg_url import PgUrl

SERVICE = "reviewer"
KEYRING_TIMEOUT_S = 5.0
# Passwords the keyring gave that the server took, by account: a window's second connection (its
# writer's, a reconnection) does not ask the keyring (and perhaps its unlock prompt) again.
_taken: dict[str, str] = {}
WHERE_LIBPQ_LOOKS = "the URL, PGPASSWORD, ~/.pgpass (PGPASSFILE) or a service file"


class KeyringUnavailable(StoreError):
    """The system keyring has no usable backend, failed, or did not answer in time."""


def _text(value: bytes | None) -> str:
    return value.decode("utf-8", "replace") if value else ""


def account(pgconn: pq.abc.PGconn) -> str:
    """The keyring user name of a connection attempt: ``user@host:port/db``, as libpq resolved
    them (the service file, the ``PG*`` variables and the defaults taken into account)."""
    return (f"{_text(pgconn.user)}@{_text(pgconn.host)}:{_text(pgconn.port)}"
            f"/{_text(pgconn.db)}")


def account_of(url: str) -> str:
    """The keyring user name for ``url`` (see :func:`account`), without connecting."""
    shown = PgUrl(url)
    try:
        pgconn = pq.PGconn.connect_start(psycopg.conninfo.make_conninfo(shown.secret).encode())
    except (psycopg.Error, ValueError) as exc:  # libpq's reason may quote the password
        why = f" ({exc})" if str(shown) == shown.secret else ""
        raise StoreError(f"{shown}: not a usable server URL{why}") from exc
    try:
        if not pgconn.user:
            raise StoreError(f"{shown}: not a usable server URL "
                             f"({_text(pgconn.error_message).strip() or 'no user name'})")
        return account(pgconn)
    finally:
        pgconn.finish()


def password_in(url: str) -> str | None:
    """The password written in ``url`` itself (``user:password@`` or ``?password=``), if any."""
    try:
        value = psycopg.conninfo.conninfo_to_dict(url).get("password")
    except psycopg.ProgrammingError as exc:
        raise StoreError(f"{PgUrl(url)}: not a usable server URL") from exc
    return str(value) if value else None


def _backend() -> Any:
    """The keyring's backend, or :class:`KeyringUnavailable` saying why there is none."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError as exc:  # pragma: no cover - a dependency
        raise KeyringUnavailable(f"no system keyring (the keyring package: {exc})") from exc
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - a broken backend is reported, never raised on
        raise KeyringUnavailable(f"the system keyring cannot be used ({exc})") from exc
    chained = getattr(backend, "backends", None)
    if (isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0
            or (chained is not None and not chained)):
        raise KeyringUnavailable("no system keyring on this computer (no usable backend, as "
                                 "on a machine without a desktop session)")
    return backend


def _timed(what: str, call: Callable[[Any], Any]) -> Any:
    """``call(backend)`` on a worker thread, waiting at most :data:`KEYRING_TIMEOUT_S`."""
    backend = _backend()
    name = type(backend).__name__
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = call(backend)
        except Exception as exc:  # noqa: BLE001 - reported below
            box["error"] = exc

    worker = threading.Thread(target=work, name="keyring", daemon=True)
    worker.start()
    worker.join(KEYRING_TIMEOUT_S)
    if worker.is_alive():
        raise KeyringUnavailable(f"the system keyring ({name}) did not answer within "
                                 f"{KEYRING_TIMEOUT_S:g} s to {what}")
    if "error" in box:
        exc = box["error"]
        raise KeyringUnavailable(f"the system keyring ({name}) failed to {what}: "
                                 f"{exc or type(exc).__name__}")
    return box.get("value")


def keyring_password(user: str) -> str | None:
    """The keyring's password for ``user`` (``None`` if it has none); raises
    :class:`KeyringUnavailable`."""
    value = _timed("read the password", lambda b: b.get_password(SERVICE, user))
    return str(value) if value else None


def remember(user: str, password: str) -> str:
    """Keep ``password`` in the keyring for ``user``; the backend's name."""
    if not password:
        raise StoreError("an empty password is not stored")
    _timed("store the password", lambda b: b.set_password(SERVICE, user, password))
    _taken.pop(user, None)
    return type(_backend()).__name__


def forget(user: str) -> bool:
    """Take ``user``'s password out of the keyring; whether there was one."""
    from keyring.errors import PasswordDeleteError

    def delete(backend: Any) -> bool:
        if backend.get_password(SERVICE, user) is None:
            return False
        try:
            backend.delete_password(SERVICE, user)
        except PasswordDeleteError:
            return False
        return True

    _taken.pop(user, None)
    return bool(_timed("forget the password", delete))


def connect(url: PgUrl, **kwargs: Any) -> psycopg.Connection[Any]:
    """A psycopg connection to ``url``: libpq's own password first, then the keyring's.

    Raises psycopg's errors as they come, or :class:`StoreError` when a password is needed
    and neither libpq nor the keyring has one (the message says where it was looked for).
    """
    try:
        return psycopg.connect(url.secret, **kwargs)
    except psycopg.OperationalError as exc:
        pgconn = exc.pgconn
        if pgconn is None or not pgconn.needs_password:
            raise
        user = account(pgconn)
    try:
        password = _taken.get(user) or keyring_password(user)
    except KeyringUnavailable as why:
        raise StoreError(f"{url}: the server asks a password for {user} and none was found in "
                         f"{WHERE_LIBPQ_LOOKS}; {why}") from None
    if password is None:
        raise StoreError(f"{url}: the server asks a password for {user} and none was found in "
                         f"{WHERE_LIBPQ_LOOKS} or the system keyring (keep one there with "
                         "`reviewer library password set URL`)")
    try:
        conn = psycopg.connect(url.secret, password=password, **kwargs)
    except psycopg.OperationalError as exc:
        text = str(exc).replace(password, "***").strip().splitlines()
        if "password" not in str(exc):  # not the password's fault: the caller says why
            raise
        _taken.pop(user, None)
        raise StoreError(f"{url}: the server refused the password kept in the system keyring "
                         f"for {user} ({text[0] if text else type(exc).__name__}); change it "
                         "with `reviewer library password set URL`") from None
    _taken[user] = password
    return conn
