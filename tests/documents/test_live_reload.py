"""Live reload for authors: saving a file of the bundle on screen shows the change within
a second, keeping the section and selection; a save that breaks the bundle keeps the last
good content and lists the problems; the next good save clears them."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from gui.application import MainUi
from gui.desktop.bundle_watcher import BundleWatcher, fingerprint

SECOND_MS = 1000


def _shown(name: str) -> str:
    """A name as the detail panel shows it, with its no-break spaces (it never breaks
    inside a name) read as spaces."""
    return name.replace("\u00a0", " ")


def _edit(path: Path, change: Callable[[dict], None], by_rename: bool = False) -> None:  # type: ignore[type-arg]
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if by_rename:  # as vim and most IDEs save: a new file renamed over the old one
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    else:
        path.write_text(text, encoding="utf-8")


def _rename_partner(name: str) -> Callable[[dict], None]:  # type: ignore[type-arg]
    def change(data: dict) -> None:  # type: ignore[type-arg]
        partner = next(p for p in data["partners"] if p["id"] == "lu-weibing")
        partner["name"] = name

    return change


@pytest.mark.parametrize("by_rename", [False, True], ids=["in-place", "by-rename"])
def test_a_save_shows_within_a_second_keeping_the_selection(
    desk: MainUi, make_bundle: Callable[..., Path], qtbot, by_rename: bool
) -> None:
    folder = make_bundle("live", "Live")
    window = desk.window
    assert desk.documents.open_path(folder)
    assert window.open_ref("partner:lu-weibing")
    pane = window.pane("partners")
    assert _shown(pane.detail.name_label.text()) == "Lu Weibing"

    started = time.monotonic()
    _edit(folder / "partners.json", _rename_partner("Lu Weibing (edited)"), by_rename)

    def shows_the_edit() -> bool:
        return _shown(window.pane("partners").detail.name_label.text()) == "Lu Weibing (edited)"

    qtbot.waitUntil(shows_the_edit, timeout=3 * SECOND_MS)
    # 300 ms of quiet for the editor's burst, then a load of about 100 ms and the panes.
    assert time.monotonic() - started < 1.0
    assert window.current_section() == "partners"
    assert window.pane("partners").selected_partner_id() == "lu-weibing"

    # Again: the rename-save must not have lost the watch on the file.
    _edit(folder / "partners.json", _rename_partner("Lu Weibing (twice)"), by_rename)
    qtbot.waitUntil(
        lambda: _shown(window.pane("partners").detail.name_label.text()) == "Lu Weibing (twice)",
        timeout=3 * SECOND_MS,
    )


def test_a_broken_save_keeps_the_last_good_content_and_lists_the_problems(
    desk: MainUi, make_bundle: Callable[..., Path], qtbot
) -> None:
    folder = make_bundle("breaks", "Breaks")
    window = desk.window
    assert desk.documents.open_path(folder)
    window.navigate("timeline")
    good = window.content
    notice = desk.documents.notice

    (folder / "events.json").write_text('{"events": [', encoding="utf-8")
    qtbot.waitUntil(notice.isVisible, timeout=3 * SECOND_MS)
    assert window.content is good
    assert window.current_section() == "timeline"
    assert notice.message.text() == "breaks has 1 problem; showing the last version that loaded."
    [line] = notice.problem_lines()
    assert line.startswith("events.json: line 1, column 13: invalid JSON")

    _edit(folder / "partners.json", lambda d: d["partners"][0].update(cohort="nobody"))
    (folder / "events.json").write_text(
        (Path(__file__).resolve().parents[2] / "data" / "events.json").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    qtbot.waitUntil(lambda: "unknown cohort" in " ".join(notice.problem_lines()), timeout=3000)
    assert window.content is good

    _edit(folder / "partners.json", lambda d: d["partners"][0].update(cohort=d["cohorts"][0]["id"]))
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=3 * SECOND_MS)
    assert window.content is not good
    assert window.current_section() == "timeline"


def test_the_built_in_content_is_not_watched(desk: MainUi) -> None:
    assert desk.documents.watcher.watched_paths() == []


def test_an_unrelated_file_in_the_folder_reloads_nothing(
    make_bundle: Callable[..., Path], qtbot, app
) -> None:  # type: ignore[no-untyped-def]
    folder = make_bundle("quiet", "Quiet")
    watcher = BundleWatcher(debounce_ms=50)
    watcher.watch(folder)
    assert str(folder / "partners.json") in watcher.watched_paths()
    changes: list[bool] = []
    watcher.changed.connect(lambda: changes.append(True))
    (folder / ".partners.json.swp").write_bytes(b"editor state")
    qtbot.wait(300)
    assert changes == []
    before = fingerprint(folder)
    (folder / "bundle.json").write_text(
        (folder / "bundle.json").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )
    qtbot.waitUntil(lambda: changes == [True], timeout=2000)
    assert fingerprint(folder) != before


def test_a_one_file_bundle_replaced_by_a_new_pack_reloads(
    desk: MainUi, make_bundle: Callable[..., Path], qtbot
) -> None:
    from gui.content.packing import pack_bundle

    archive = make_bundle("packed.strategy", "Packed", one_file=True)
    source = archive.with_name("packed.strategy-src")
    assert desk.documents.open_path(archive)
    _edit(source / "bundle.json", lambda d: d.update(title="Packed Again"))
    pack_bundle(source, archive)  # atomically replaced: a new file under the old name
    qtbot.waitUntil(
        lambda: desk.window.content.bundle.title == "Packed Again", timeout=3 * SECOND_MS
    )
