"""Memory around loading the bundle the app keeps: frozen out of the collector's sight,
and the C heap's free pages handed back once the window is up."""

from __future__ import annotations

import gc

import pytest

from gui.desktop import memory
from gui.desktop.memory import kept_for_life, release_free_memory


def test_what_is_loaded_for_life_is_frozen_and_the_collector_runs_again() -> None:
    assert gc.isenabled()
    before = gc.get_freeze_count()
    try:
        with kept_for_life():
            assert not gc.isenabled()
            kept = [[n] for n in range(1000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= before + len(kept)
    finally:
        gc.unfreeze()


def test_releasing_free_memory_never_fails() -> None:
    assert release_free_memory() in (True, False)


def test_free_memory_goes_back_once_the_window_is_up(
    quiet_start, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from gui import __main__ as entry

    calls: list[int] = []
    monkeypatch.setattr(memory, "release_free_memory", lambda: calls.append(1) or True)
    monkeypatch.setattr(entry, "_SETTLED_MS", 0)
    assert entry.main(["--new-instance"]) == 0
    assert calls == []  # not while loading: in the event loop, after the first paint
    qtbot.waitUntil(lambda: calls == [1])
