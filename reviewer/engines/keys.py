"""API keys: from the system keyring when it has a usable backend, else from environment variables.

Keys are stored in the keyring under the service ``reviewer`` with the engine id as the user name
(``keyring set reviewer deepl``, or ``reviewer engines --set-key deepl``). With no usable backend
(a headless Linux without Secret Service, for instance) keys come from ``DEEPL_API_KEY`` and the
other variables in :data:`ENV_VARS`, and :func:`find_key` says plainly that no secure store was
found. Every key read is registered with :func:`reviewer.engines.errors.register_secret`, so it is
scrubbed from any error text, and it travels as a :class:`Secret` that never prints itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from reviewer.engines.base import Secret
from reviewer.engines.errors import EngineConfigError, register_secret

SERVICE = "reviewer"
ENV_VARS: dict[str, str] = {
    "deepl": "DEEPL_API_KEY",
    "microsoft": "MICROSOFT_API_KEY",
    "yandex": "YANDEX_API_KEY",
    "libre": "LIBRETRANSLATE_API_KEY",
    "openai": "OPENAI_API_KEY",
}
NO_KEYRING = ("no secure key store (system keyring) was found, so API keys are read from "
              "environment variables ({vars}); they are not stored encrypted")


def keyring_backend() -> str | None:
    """The name of a usable keyring backend, or ``None`` when there is none (or no ``keyring``)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken backend is the same as none for us
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:
        return None
    return type(backend).__module__ + "." + type(backend).__name__


def no_keyring_note() -> str:
    """What to tell a user when there is no secure store."""
    return NO_KEYRING.format(vars=", ".join(sorted(ENV_VARS.values())))


@dataclass(frozen=True)
class KeyLookup:
    """An engine's key, where it came from (``keyring``, ``env``, none), what to tell the user."""

    key: Secret | None = field(repr=False)
    source: str | None
    env_var: str | None
    note: str | None = None


def find_key(engine_id: str) -> KeyLookup:
    """The key for ``engine_id``: the keyring first (if usable), then its environment variable."""
    env_var = ENV_VARS.get(engine_id)
    backend = keyring_backend()
    if backend:
        import keyring

        try:
            value = keyring.get_password(SERVICE, engine_id)
        except Exception:  # noqa: BLE001 - a locked or failing store: fall back to the environment
            value = None
        if value:
            register_secret(value)
            return KeyLookup(Secret(value), "keyring", env_var)
    value = os.environ.get(env_var, "").strip() if env_var else ""
    note = None if backend else no_keyring_note()
    if value:
        register_secret(value)
        return KeyLookup(Secret(value), "env", env_var, note)
    return KeyLookup(None, None, env_var, note)


def store_key(engine_id: str, value: str) -> str:
    """Save a key in the keyring; return the backend's name.

    Raises :class:`EngineConfigError` (a known error) when there is no keyring or it refuses.
    """
    backend = keyring_backend()
    if not backend:
        env_var = ENV_VARS.get(engine_id, "the engine's variable")
        raise EngineConfigError(f"{no_keyring_note()}; set {env_var} instead")
    import keyring
    from keyring.errors import KeyringError

    register_secret(value)
    try:
        keyring.set_password(SERVICE, engine_id, value)
    except KeyringError as exc:  # locked, refused: the world's fault, said with the backend
        raise EngineConfigError(f"the system keyring ({backend}) did not store the key: "
                                f"{exc or type(exc).__name__}") from exc
    return backend
