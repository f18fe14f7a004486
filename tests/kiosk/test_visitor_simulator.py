"""A short visitor simulation at each of four screen sizes: the real kiosk under Xvfb,
real input through the X server (see visitor_simulator.py). Zero crashes, uncaught
exceptions, Qt warnings and misbehaviour; `make kiosk-soak` runs a long one."""

from __future__ import annotations

import sys

import pytest

from tests.kiosk.visitor_simulator import (
    SIZES,
    WEIGHTS,
    Settings,
    Simulator,
    missing_tools,
    simulate,
)

EVENTS = 120  # per size, with one operator gesture and an idle phase at the end
SEED = 13

MISSING = missing_tools() if sys.platform.startswith("linux") else ["Linux (/proc)"]
needs_x = pytest.mark.skipif(
    bool(MISSING),
    reason=f"the visitor simulator needs {' and '.join(MISSING)} (apt: xvfb, xdotool)",
)


def test_a_seed_fixes_the_sequence_of_events() -> None:
    def kinds(seed: int) -> list[str]:
        simulator = Simulator(Settings(seed=seed))
        return [simulator.kind_of(step) for step in range(200)]

    assert kinds(7) == kinds(7)
    assert kinds(7) != kinds(8)
    assert set(kinds(7)) == set(WEIGHTS)  # every kind of event comes up


@pytest.mark.timeout(120)
@pytest.mark.parametrize("size", SIZES)
@needs_x
def test_a_simulated_visitor_cannot_crash_the_kiosk(size: str) -> None:
    report = simulate(
        Settings(
            size=size,
            events=EVENTS,
            seed=SEED,
            gap_ms=(5, 15),
            hold_ms=(10, 50),
            gesture_every=EVENTS // 2,
            idle_every=EVENTS,  # the idle phase at the end, with the attract loop
        )
    )
    print(report.format())
    summary = report.format()
    assert not report.crashes, summary
    assert not report.exceptions, summary
    assert not report.qt_warnings, summary
    assert not report.errors, summary
    assert not report.stderr, summary
    assert not report.anomalies, summary
    assert report.total_events >= EVENTS
    assert report.events["wrong_pin"] >= 2, summary  # the pad refused them: no anomaly
    assert report.events["tap_attract"] == 1, summary
    assert report.expected["idle reset"] >= 1, summary
