"""Opening hours: kiosk.ini's [hours], the dark screen outside them, a touch that wakes it
for one visit, the wake-up at opening time and the display's power. The clock is the
test's own: nothing waits for a real hour."""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui.kiosk.closed_screen import DisplayPower
from gui.kiosk.kiosk_config import KioskConfig, load_kiosk_config
from gui.kiosk.opening_hours import ALL_DAY, OpeningHours, parse_hours

# 2024-01-01 was a Monday.
MON_0700 = datetime(2024, 1, 1, 7, 0)
MON_0800 = datetime(2024, 1, 1, 8, 0)
MON_1200 = datetime(2024, 1, 1, 12, 0)
MON_1800 = datetime(2024, 1, 1, 18, 0)
SUN_1200 = datetime(2024, 1, 7, 12, 0)
WEEKDAYS = "mon=08:00-18:00\ntue=08:00-18:00\nwed=08:00-18:00\nthu=08:00-18:00\nfri=08:00-18:00\n"
LINES = WEEKDAYS + "sat=10:00-16:00\nsun=closed\n"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "kiosk.ini"
    path.write_text(body, encoding="utf-8")
    return path


def _hours(text: str = LINES) -> OpeningHours:
    raw = dict(line.split("=", 1) for line in text.strip().splitlines())
    hours, problems = parse_hours(raw, "kiosk.ini")
    assert problems == []
    return hours


# --- kiosk.ini ----------------------------------------------------------------------------


def test_no_hours_section_is_always_open(tmp_path: Path) -> None:
    config, problems = load_kiosk_config(_write(tmp_path, "[kiosk]\nhome=partners\n"))
    assert problems == []
    assert config.hours.always_open
    assert KioskConfig().hours.always_open


def test_good_lines_are_read(tmp_path: Path) -> None:
    body = (
        "[kiosk]\n[hours]\nmon = 08:00-18:00\nTue=08:00-12:00, 13:00-18:00 ; lunch\n"
        "wed=open\nsat=10:00-16:00\nsun=closed\nfri=9:30-24:00\n"
    )
    config, problems = load_kiosk_config(_write(tmp_path, body))
    assert problems == []
    days = config.hours.days
    assert days[0] == ((480, 1080),)
    assert days[1] == ((480, 720), (780, 1080))
    assert days[2] == ALL_DAY
    assert days[3] == ALL_DAY  # not listed: open all day
    assert days[4] == ((570, 1440),)
    assert days[5] == ((600, 960),)
    assert days[6] == ()
    assert not config.hours.always_open


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("mon=25:00-18:00", "[hours] mon = '25:00-18:00': 25:00 is not a time of day "
         "(00:00 to 24:00); open all day"),
        ("tue=9-5", "[hours] tue = '9-5': '9-5' is not a range of times HH:MM-HH:MM such as "
         "08:00-18:00 (or closed, or open); open all day"),
        ("wed=18:00-08:00", "[hours] wed = '18:00-08:00': 18:00-08:00 ends before it starts "
         "(a range cannot pass midnight: end the day at 24:00 and start the next at 00:00); "
         "open all day"),
        ("thu=08:60-18:00", "[hours] thu = '08:60-18:00': 08:60 is not a time of day "
         "(00:00 to 24:00); open all day"),
        ("fri=", "[hours] fri = '': empty; write closed, open or times such as 08:00-18:00; "
         "open all day"),
        ("sat=shut", "[hours] sat = 'shut': 'shut' is not a range of times HH:MM-HH:MM such "
         "as 08:00-18:00 (or closed, or open); open all day"),
        ("holiday=closed", "[hours] holiday: unknown day, ignored (days: mon, tue, wed, thu, "
         "fri, sat, sun)"),
    ],
)  # fmt: skip
def test_a_bad_line_is_reported_and_its_day_stays_open(
    tmp_path: Path, line: str, message: str
) -> None:
    path = _write(tmp_path, f"[kiosk]\n[hours]\nsun=closed\n{line}\n")
    config, problems = load_kiosk_config(path)
    assert problems == [f"{path}: {message}"]
    day = line.split("=")[0]
    if day != "holiday":
        assert config.hours.days[("mon", "tue", "wed", "thu", "fri", "sat").index(day)] == ALL_DAY
    assert config.hours.days[6] == ()  # the good line around it is kept


def test_hours_in_the_kiosk_section_are_an_unknown_key(tmp_path: Path) -> None:
    path = _write(tmp_path, "[kiosk]\nhours=08:00-18:00\n")
    config, problems = load_kiosk_config(path)
    assert problems == [f"{path}: [kiosk] hours: unknown key, ignored"]
    assert config.hours.always_open


def test_open_and_the_next_change() -> None:
    hours = _hours()
    assert not hours.is_open(MON_0700)
    assert hours.is_open(MON_0800)
    assert not hours.is_open(MON_1800)
    assert not hours.is_open(SUN_1200)
    assert hours.next_change(MON_0700) == MON_0800
    assert hours.next_change(MON_1200) == MON_1800
    assert hours.next_change(SUN_1200) == datetime(2024, 1, 8, 8, 0)  # Monday morning
    assert hours.next_opening(datetime(2024, 1, 5, 19, 0)) == datetime(2024, 1, 6, 10, 0)
    assert OpeningHours().next_change(MON_1200) is None
    # Open through midnight, written as two days.
    late = _hours("fri=18:00-24:00\nsat=00:00-02:00,10:00-12:00")
    assert late.is_open(datetime(2024, 1, 6, 1, 59))
    assert late.next_change(datetime(2024, 1, 5, 20, 0)) == datetime(2024, 1, 6, 2, 0)


# --- the display's power ----------------------------------------------------------------


@dataclass
class FakeRunner:
    dpms: str = "DPMS is Disabled"
    commands: list[list[str]] = field(default_factory=list)

    def __call__(self, command: Sequence[str]) -> subprocess.CompletedProcess[str]:
        self.commands.append(list(command))
        return subprocess.CompletedProcess(list(command), 0, stdout=f"  {self.dpms}\n", stderr="")


def test_x11_switches_the_display_off_and_on_through_xset() -> None:
    run = FakeRunner()
    power = DisplayPower(platform=lambda: "xcb", which=lambda _: "/usr/bin/xset", run=run)
    assert power.off()
    assert run.commands == [["xset", "q"], ["xset", "dpms", "force", "off"]]
    power.on()
    # DPMS was off (`xset s off -dpms`, as docs/kiosk.md says): off again, or the screen
    # would blank itself during the day.
    assert run.commands[2:] == [["xset", "dpms", "force", "on"], ["xset", "-dpms"]]
    power.on()
    assert len(run.commands) == 4  # on once


def test_dpms_left_enabled_stays_enabled() -> None:
    run = FakeRunner(dpms="DPMS is Enabled")
    power = DisplayPower(platform=lambda: "xcb", which=lambda _: "/usr/bin/xset", run=run)
    power.off()
    power.on()
    assert run.commands[-1] == ["xset", "dpms", "force", "on"]


@pytest.mark.parametrize(
    ("platform", "xset"), [("wayland", "/usr/bin/xset"), ("xcb", None), ("offscreen", None)]
)
def test_no_dpms_elsewhere_is_logged_once(
    caplog: pytest.LogCaptureFixture, platform: str, xset: str | None
) -> None:
    run = FakeRunner()
    power = DisplayPower(platform=lambda: platform, which=lambda _: xset, run=run)
    with caplog.at_level(logging.INFO, logger="gui.kiosk.closed_screen"):
        assert not power.off()
        assert not power.off()
        power.on()
    assert run.commands == []
    told = [r.getMessage() for r in caplog.records if "DPMS is unavailable" in r.getMessage()]
    assert len(told) == 1
    assert platform in told[0]


# --- the kiosk ----------------------------------------------------------------------------


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _x11(run: FakeRunner) -> DisplayPower:
    return DisplayPower(platform=lambda: "xcb", which=lambda _: "/usr/bin/xset", run=run)


def _closed_kiosk(make_kiosk, clock: Clock, run: FakeRunner, **overrides):  # type: ignore[no-untyped-def]
    return make_kiosk(clock=clock, display=_x11(run), hours=_hours(), **overrides)


def test_closed_time_shows_the_dark_screen_with_the_loop_stopped(
    kiosk_window, qtbot, make_kiosk
) -> None:  # type: ignore[no-untyped-def]
    run = FakeRunner()
    kiosk = _closed_kiosk(make_kiosk, Clock(SUN_1200), run, idle_timeout_seconds=0.05)
    screen = kiosk.closed_screen
    assert kiosk.is_dark()
    assert screen.geometry() == kiosk_window.rect()
    assert screen.clock.text() == "12:00"
    assert screen.text.text() == "Closed — touch to wake"
    assert not kiosk.attract.is_running()
    qtbot.wait(200)  # four idle timeouts: nothing starts the loop behind the dark screen
    assert not kiosk.attract.is_running()
    assert not kiosk.attract.hint.isVisible()
    assert not kiosk.idle._timer.isActive()  # no idle timer, a slower window guard
    if kiosk.guard.active:
        assert kiosk.guard._timer.interval() >= 2000
    assert ["xset", "dpms", "force", "off"] in run.commands
    grab = screen.grab().toImage()
    assert grab.pixelColor(5, 5).name() == "#000000"


def test_a_tap_wakes_it_for_one_visit_then_idle_goes_dark_again(
    kiosk_window, qtbot, make_kiosk
) -> None:  # type: ignore[no-untyped-def]
    run = FakeRunner()
    kiosk = _closed_kiosk(make_kiosk, Clock(SUN_1200), run, idle_timeout_seconds=0.4)
    screen = kiosk.closed_screen
    kiosk_window.show_section("partners")  # what is under the screen must not get the tap
    with qtbot.waitSignal(kiosk.opened, timeout=2000):
        qtbot.mouseClick(screen, Qt.MouseButton.LeftButton, pos=screen.rect().center())
    assert not kiosk.is_dark()
    assert kiosk.visit
    assert kiosk_window.current_section() == "overview"  # home, for the visitor
    assert run.commands[-2:] == [["xset", "dpms", "force", "on"], ["xset", "-dpms"]]
    # The visitor types a search; when they have gone, it is dark again.
    kiosk_window.search_box.set_query("lu")
    with qtbot.waitSignal(kiosk.closed, timeout=3000):
        pass
    assert kiosk.is_dark()
    assert not kiosk.visit
    assert kiosk_window.search_box.field.text() == ""  # their search is forgotten
    assert not kiosk.attract.is_running()


def test_opening_time_wakes_it_and_shows_home(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    run = FakeRunner()
    clock = Clock(MON_0700)
    kiosk = _closed_kiosk(make_kiosk, clock, run)
    assert kiosk.is_dark()
    # The timer waits for the opening time, not longer.
    assert kiosk._hours_timer.isActive()
    assert kiosk._hours_timer.interval() <= 60_000
    clock.now = datetime(2024, 1, 1, 7, 59)
    kiosk.check_hours()
    assert kiosk.is_dark()
    assert kiosk.closed_screen.clock.text() == "07:59"
    clock.now = MON_0800
    with qtbot.waitSignal(kiosk.opened, timeout=1000):
        kiosk.check_hours()
    assert not kiosk.is_dark()
    assert not kiosk.visit
    assert kiosk.is_home_and_clean()
    assert kiosk.idle._timer.isActive()
    assert ["xset", "dpms", "force", "on"] in run.commands


def test_closing_time_waits_for_the_visitor_to_leave(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(MON_1200)
    kiosk = _closed_kiosk(make_kiosk, clock, FakeRunner(), idle_timeout_seconds=0.4)
    assert not kiosk.is_dark()
    kiosk_window.search_box.set_query("lu")  # someone is using it
    clock.now = MON_1800
    kiosk.check_hours()
    assert not kiosk.is_dark()  # not in the middle of a visit
    with qtbot.waitSignal(kiosk.closed, timeout=3000):
        pass  # the idle reset after they leave
    assert kiosk.is_dark()


def test_closing_time_during_the_attract_loop_goes_dark_at_once(
    kiosk_window, qtbot, make_kiosk
) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(MON_1200)
    kiosk = _closed_kiosk(make_kiosk, clock, FakeRunner(), idle_timeout_seconds=0.05)
    qtbot.waitUntil(kiosk.attract.is_running, timeout=2000)
    clock.now = MON_1800
    kiosk.check_hours()
    assert kiosk.is_dark()
    assert not kiosk.attract.is_running()


def test_always_open_has_no_dark_screen(kiosk_window, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(clock=Clock(SUN_1200))
    assert kiosk.closed_screen is None
    assert not kiosk.is_dark()


def test_the_dark_screen_speaks_the_ui_language(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import translations

    kiosk = _closed_kiosk(make_kiosk, Clock(SUN_1200), FakeRunner())
    try:
        translations().switch("zh_CN")
        qtbot.waitUntil(lambda: kiosk.closed_screen.text.text() == "已关闭 — 触摸屏幕唤醒")
    finally:
        translations().switch("en")
