"""What a packager and a package index see: the licence, links that work off this tree,
and a package that imports itself only relatively (it is installed under another name)."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = "https://raw.githubusercontent.com/strategyviewer/strategy-viewer/main/"
BLOB = "https://github.com/strategyviewer/strategy-viewer/blob/main/"


def test_the_package_imports_itself_only_relatively() -> None:
    """The wheel installs gui/ as strategy_viewer/: an absolute `gui` import there would
    load another distribution's `gui`, or nothing."""
    absolute = []
    for path in sorted((ROOT / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            absolute += [
                f"{path.relative_to(ROOT)}:{node.lineno}"
                for name in names
                if name == "gui" or name.startswith("gui.")
            ]
    assert absolute == []


def test_the_declared_licence_and_links_exist() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert project["license-files"] == ["LICENSE"]
    assert {"Homepage", "Source", "Issues"} <= set(project["urls"])


def _linked_files(text: str) -> list[str]:
    """Repository files that absolute links in `text` name."""
    links = re.findall(rf"(?:{re.escape(RAW)}|{re.escape(BLOB)})([^)\s<\"]+)", text)
    return [link.split("#")[0] for link in links]


def test_readme_images_and_links_work_on_a_package_index_page() -> None:
    """A package index shows the README without this tree: images and document links
    must be absolute, and each must name a file that exists here."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    relative = re.findall(r"\]\((?!https?://|#|mailto:)([^)]+)\)", readme)
    assert relative == []
    linked = _linked_files(readme)
    assert any(name.endswith(".png") for name in linked)
    assert [name for name in linked if not (ROOT / name).exists()] == []


def test_appstream_screenshots_are_real_files_of_this_project() -> None:
    (metainfo,) = (ROOT / "resources" / "desktop").glob("*.metainfo.xml")
    text = metainfo.read_text(encoding="utf-8")
    assert "example.org" not in text
    images = re.findall(r"<image[^>]*>([^<]+)</image>", text)
    assert images
    for url in images:
        assert url.startswith(RAW), url
        assert (ROOT / url.removeprefix(RAW)).is_file(), url
