"""Importers and exporters of articles and translations. No Qt here."""
