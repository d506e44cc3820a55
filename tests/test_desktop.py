"""The app as something people install and find: its name, version, licence, menu entry and
metainfo (checked by the freedesktop validators when installed), and `reviewer desktop`."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from reviewer import __version__
from reviewer.cli import main
from reviewer.cli.desktop_cmds import exec_quote
from reviewer.resources import APP_ID, DIST_NAME, project_urls

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "resources" / "desktop" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install {package})")
    return found


def _validate_desktop(path: Path) -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_the_desktop_entry_is_valid() -> None:
    _validate_desktop(DESKTOP)


def test_the_metainfo_is_valid() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_version_name_and_links_agree_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    assert metadata.version(DIST_NAME) == __version__
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"reviewer {__version__}"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["name"] == DIST_NAME != "reviewer"
    assert project.get("urls", {}) == project_urls()  # none until there is a real public home
    info = ET.parse(METAINFO).getroot()
    assert info.findtext("id") == APP_ID
    assert info.find("releases/release").get("version") == __version__
    assert {u.text for u in info.iter("url")} <= set(project_urls().values())
    for image in info.iter("image"):
        assert image.text.startswith("https://")
        assert (ROOT / image.text.split("/main/", 1)[1]).is_file(), image.text


def test_the_licence_is_gpl3_and_travels_in_the_wheel(tmp_path: Path) -> None:
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text()[:200]
    assert "Version 3" in (ROOT / "LICENSE").read_text()[:200]
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not installed: the wheel is not built here")
    subprocess.run([uv, "build", "--wheel", "-q", "-o", str(tmp_path), str(ROOT)], check=True,
                   capture_output=True)
    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    for part in (f"desktop/{APP_ID}.desktop", f"desktop/{APP_ID}.metainfo.xml",
                 f"icons/hicolor/256x256/apps/{APP_ID}.png", "icons/reviewer.svg"):
        assert f"reviewer/resources/{part}" in names


def test_desktop_install_puts_entry_icons_metainfo_in_xdg_and_uninstall_removes_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["desktop", "install"]) == 0
    share = tmp_path / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    assert "installed" in capsys.readouterr().out
    line = next(x for x in entry.read_text().splitlines() if x.startswith("Exec="))
    assert line.endswith(" %f") and "reviewer-gui" in line
    for size in ("16x16", "48x48", "256x256", "512x512"):
        assert (share / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    _validate_desktop(entry)
    assert main(["desktop", "uninstall"]) == 0
    assert not entry.exists()
    assert not list((share / "icons").rglob("*.png"))


def test_exec_paths_are_quoted_as_the_desktop_spec_says() -> None:
    assert exec_quote("/usr/bin/reviewer-gui") == "/usr/bin/reviewer-gui"
    assert exec_quote("/home/a b/bin/reviewer-gui") == '"/home/a b/bin/reviewer-gui"'
    assert exec_quote('/x/$y"z') == '"/x/\\$y\\"z"'


def test_the_package_description_has_no_relative_image_links() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    text = (ROOT / project["readme"]).read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert all(url.startswith("https://") for url in images)  # a package index page has no repo
