"""The command line, run as a separate process exactly as a user or a script would."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from gui import __version__
from gui.content import SECTIONS
from tests.app_process import run_app

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path = ROOT, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return run_app(*args, cwd=cwd, timeout=timeout)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"strategy-viewer {__version__}"


def test_list_sections() -> None:
    result = run("--list-sections")
    assert result.returncode == 0
    assert result.stdout.split() == list(SECTIONS)


@pytest.mark.parametrize(
    "args",
    [["--section", "nowhere"], ["--size", "big"], ["--size", "10x10"], ["--no-such-option"]],
)
def test_bad_arguments_print_usage_and_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: strategy-viewer")
    assert "Traceback" not in result.stderr


def test_check_the_bundled_content() -> None:
    result = run("--check")
    assert result.returncode == 0, result.stderr
    assert "OK — 9 partners" in result.stdout


def test_check_a_broken_bundle_lists_every_problem(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(ROOT / "data", bundle)
    partners = json.loads((bundle / "partners.json").read_text(encoding="utf-8"))
    del partners["partners"][3]["name_zh"]
    partners["partners"][0]["cohort"] = "nobody"
    (bundle / "partners.json").write_text(json.dumps(partners), encoding="utf-8")
    (bundle / "events.json").write_text("{ not json", encoding="utf-8")
    result = run("--check", str(bundle))
    assert result.returncode == 1
    assert "partners.json: partners[3].name_zh: field required" in result.stderr
    assert "events.json: line 1, column 3: invalid JSON" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_a_missing_folder(tmp_path: Path) -> None:
    result = run("--check", str(tmp_path / "absent"))
    assert result.returncode == 1
    assert "no such folder" in result.stderr


def _is_blank(image: QImage) -> bool:
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    return len(colours) < 10


@pytest.mark.parametrize("section", ["overview", "partners"])
def test_screenshot_writes_a_real_png(tmp_path: Path, section: str) -> None:
    out = tmp_path / "shots" / f"{section}.png"
    result = run("--section", section, "--size", "1024x768", "--screenshot", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)
    assert not _is_blank(image)


def test_show_opens_a_partner_and_rejects_unknown_targets(tmp_path: Path) -> None:
    out = tmp_path / "lu.png"
    ok = run("--show", "partner:lu-weibing", "--screenshot", str(out))
    assert ok.returncode == 0, ok.stderr
    bad = run("--show", "partner:nobody", "--screenshot", str(out))
    assert bad.returncode == 0
    assert "nothing to show for 'partner:nobody'" in bad.stderr


def test_gui_with_a_broken_bundle_exits_with_the_problems(tmp_path: Path) -> None:
    result = run("--data", str(tmp_path), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "bundle.json: file missing" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "ref", ["event:2020-08-16", "source:article#s13", "batch:2021-07", "statement:moat"]
)
def test_deep_links_open(tmp_path: Path, ref: str) -> None:
    result = run("--show", ref, "--screenshot", str(tmp_path / "shot.png"))
    assert result.returncode == 0, result.stderr
    assert "nothing to show" not in result.stderr


def test_search_option_starts_with_results(tmp_path: Path) -> None:
    out = tmp_path / "search.png"
    result = run("--search", "moat", "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert not _is_blank(QImage(str(out)))


def test_write_schema_writes_the_committed_schemas(tmp_path: Path) -> None:
    """`make schema` runs this; what it writes is what resources/schema/ holds."""
    result = run("--write-schema", str(tmp_path / "schema"))
    assert result.returncode == 0, result.stderr
    written = {p.name: p.read_bytes() for p in (tmp_path / "schema").iterdir()}
    committed = {p.name: p.read_bytes() for p in (ROOT / "resources" / "schema").iterdir()}
    assert written == committed
    assert len(written) == 6
