"""Machine-translation engines behind one protocol. No Qt here.

- :mod:`reviewer.engines.base`: the protocol (:class:`~reviewer.engines.base.Engine`,
  ``translate_many(texts, source, target, client) -> list[Result]``), specs and settings.
- :mod:`reviewer.engines.registry`: every engine (``google``, ``mymemory``, ``deepl``,
  ``microsoft``, ``yandex``, ``libre``, ``openai``, ``argos``) and ``create_engine``.
- :mod:`reviewer.engines.runner`: splitting, batching, a thread pool, retries, cancellation
  (``run_items``, ``translate_many``, ``RunState``).
- :mod:`reviewer.engines.fetch`: an article's segments through the cache into the store
  (``translate_article``).
- :mod:`reviewer.engines.errors`, :mod:`~reviewer.engines.http`, :mod:`~reviewer.engines.limits`,
  :mod:`~reviewer.engines.keys`, :mod:`~reviewer.engines.splitting`: the parts.

Nothing is imported here, so that ``import reviewer.engines`` stays cheap for the CLI.
"""
