"""Where the bundled resources (sample, translations) are, in a checkout or an installed wheel."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A bundled resource: inside the installed package, else in the checkout's resources/."""
    packaged = Path(str(resources.files("reviewer"))) / "resources"
    for base in (packaged, Path(__file__).resolve().parents[1] / "resources"):
        candidate = base.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"bundled resource {'/'.join(parts)} is missing from this install")


#: The library's meta key that says the bundled sample was imported (once per library).
SAMPLE_KEY = "sample_imported"


def sample_paths() -> dict[str, Path]:
    """The bundled sample: the English source and its Ukrainian and Russian versions."""
    return {lang: resource_path("sample", f"article.{lang}.txt") for lang in ("en", "uk", "ru")}


APP_ID = "io.github.mt_reviewer.Reviewer"  # the desktop entry, the icon and the AppStream id
DIST_NAME = "mt-reviewer"  # the name on the package index (the import package is `reviewer`)


def project_urls() -> dict[str, str]:
    """The project's links (Homepage, Source, Issues...) from the installed package's metadata;
    none until the project has a public home (no address is made up)."""
    from importlib import metadata

    try:
        entries = metadata.metadata(DIST_NAME).get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        entries = []
    urls = {}
    for entry in entries:
        label, _, url = entry.partition(",")
        urls[label.strip()] = url.strip()
    return urls
