"""`main(argv)` in this process: the options open what they name, over the bundle named.

tests/test_cli.py runs the program as a separate process and can only see its exit code,
output and PNG; here the window that `--section`, `--show` and `--data` made is looked at.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize("section", ["strategy", "partners", "programme", "timeline", "sources"])
def test_section_opens_that_pane(started_windows, tmp_path: Path, section: str) -> None:  # type: ignore[no-untyped-def]
    from gui.__main__ import main

    out = str(tmp_path / "shot.png")
    assert main(["--section", section, "--size", "1024x768", "--screenshot", out]) == 0
    window = started_windows[out]
    assert window.current_section() == section
    assert (window.width(), window.height()) == (1024, 768)


@pytest.mark.parametrize("size", [(1024, 600), (800, 600)])
def test_small_screens_get_the_size_asked_for(started_windows, tmp_path: Path, size) -> None:  # type: ignore[no-untyped-def]
    """A 1024×600 panel lost its bottom 40 px (and 800×600 was made 960×640): the window's
    minimum was larger than the screen."""
    from gui.__main__ import main

    out = str(tmp_path / "shot.png")
    w, h = size
    assert main(["--section", "partners", "--size", f"{w}x{h}", "--screenshot", out]) == 0
    window = started_windows[out]
    assert (window.width(), window.height()) == size
    assert window.minimumSizeHint().width() <= w
    assert window.minimumSizeHint().height() <= h


def test_show_opens_the_partners_details(started_windows, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gui.__main__ import main

    out = str(tmp_path / "shot.png")
    assert main(["--show", "partner:lu-weibing", "--screenshot", out]) == 0
    window = started_windows[out]
    assert window.current_section() == "partners"
    pane = window.pane("partners")
    assert pane.selected_partner_id() == "lu-weibing"
    assert pane.detail.name_label is not None
    assert pane.detail.name_label.accessibleName() == "Lu Weibing"


def test_data_opens_another_bundle(started_windows, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gui.__main__ import main

    bundle = tmp_path / "other"
    assert main(["--new-bundle", str(bundle)]) == 0
    out = str(tmp_path / "shot.png")
    assert main(["--data", str(bundle), "--section", "partners", "--screenshot", out]) == 0
    window = started_windows[out]
    assert Path(window.content.origin) == bundle
    assert "Xiaomi" not in window.windowTitle()
    roster = window.pane("partners").table.model()
    names = {roster.index(r, 0).data() for r in range(roster.rowCount())}
    assert names == {p.name for p in window.content.partners}
    assert "Lei Jun" not in names
