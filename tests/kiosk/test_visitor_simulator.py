"""A short visitor simulation at each of four screen sizes: the real kiosk under Xvfb,
real input through the X server (see visitor_simulator.py). Zero crashes, uncaught
exceptions, Qt warnings and misbehaviour; `make kiosk-soak` runs a long one."""

from __future__ import annotations

import sys

import pytest

from tests.kiosk.visitor_simulator import SIZES, Settings, missing_tools, simulate

EVENTS = 120  # per size, with one operator gesture and an idle phase at the end
SEED = 13

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Xvfb and /proc"),
    pytest.mark.skipif(
        bool(missing_tools()),
        reason=f"the visitor simulator needs {' and '.join(missing_tools())} (apt: xvfb, xdotool)",
    ),
]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("size", SIZES)
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
