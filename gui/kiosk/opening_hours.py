"""Opening hours: when the kiosk is for visitors, from kiosk.ini's [hours] section.

Pure Python, no Qt. One key per weekday, its hours as ranges of local times:

    [hours]
    mon = 08:00-18:00
    tue = 08:00-12:00, 13:00-18:00
    sat = 10:00-16:00
    sun = closed

`closed` closes the whole day, `open` opens all of it, and `24:00` ends a day. A day
that is not listed is open all day, and so is a day whose line cannot be read: a mistake
in the file never leaves a dark screen in opening hours. Without an [hours] section the
kiosk is always open.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # datetime.weekday() order
SECTION = "hours"
DAY_MINUTES = 24 * 60
ALL_DAY = ((0, DAY_MINUTES),)
_RANGE = re.compile(r"^(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")

Ranges = tuple[tuple[int, int], ...]  # (start, end) in minutes since midnight, end > start


@dataclass(frozen=True)
class OpeningHours:
    """Each weekday's open ranges, Monday first; () is closed all day."""

    days: tuple[Ranges, ...] = (ALL_DAY,) * 7

    @property
    def always_open(self) -> bool:
        return all(day == ALL_DAY for day in self.days)

    def is_open(self, when: datetime) -> bool:
        minute = when.hour * 60 + when.minute
        return any(start <= minute < end for start, end in self.days[when.weekday()])

    def next_change(self, when: datetime) -> datetime | None:
        """The first moment after `when` at which open turns to closed or back (None:
        never, within a week)."""
        now_open = self.is_open(when)
        midnight = when.replace(hour=0, minute=0, second=0, microsecond=0)
        for offset in range(8):
            day = midnight + timedelta(days=offset)
            edges = sorted({m for r in self.days[day.weekday()] for m in r} | {0, DAY_MINUTES})
            for minute in edges:
                moment = day + timedelta(minutes=minute)
                if moment > when and self.is_open(moment) != now_open:
                    return moment
        return None

    def next_opening(self, when: datetime) -> datetime | None:
        """When the kiosk opens next (`when` itself if it is open then)."""
        if self.is_open(when):
            return when
        return self.next_change(when)


def _minutes(text: str) -> int:
    match = _TIME.match(text)
    hours, minutes = (int(match.group(1)), int(match.group(2))) if match else (99, 99)
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise ValueError(f"{text} is not a time of day (00:00 to 24:00)")
    return hours * 60 + minutes


def parse_day(value: str) -> Ranges:
    """One day's line: `closed`, `open`, or ranges `HH:MM-HH:MM` separated by commas.
    Raises ValueError with what is wrong."""
    text = value.strip().lower()
    if text == "closed":
        return ()
    if text == "open":
        return ALL_DAY
    if not text:
        raise ValueError("empty; write closed, open or times such as 08:00-18:00")
    ranges: list[tuple[int, int]] = []
    for part in (p.strip() for p in text.split(",")):
        match = _RANGE.match(part)
        if match is None:
            raise ValueError(
                f"{part!r} is not a range of times HH:MM-HH:MM such as 08:00-18:00 "
                "(or closed, or open)"
            )
        start, end = _minutes(match.group(1)), _minutes(match.group(2))
        if end <= start:
            raise ValueError(
                f"{part} ends before it starts (a range cannot pass midnight: end the day "
                "at 24:00 and start the next at 00:00)"
            )
        ranges.append((start, end))
    return _merged(ranges)


def _merged(ranges: list[tuple[int, int]]) -> Ranges:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def parse_hours(raw: Mapping[str, str], source: str) -> tuple[OpeningHours, list[str]]:
    """The [hours] section's lines, and every problem found, naming `source` and the key.
    A bad line leaves its day open all day."""
    days = list(OpeningHours().days)
    problems: list[str] = []
    for key, value in raw.items():
        name = key.strip().lower()
        if name not in DAYS:
            problems.append(
                f"{source}: [{SECTION}] {key}: unknown day, ignored (days: {', '.join(DAYS)})"
            )
            continue
        try:
            days[DAYS.index(name)] = parse_day(value)
        except ValueError as error:
            problems.append(f"{source}: [{SECTION}] {key} = {value!r}: {error}; open all day")
    return OpeningHours(tuple(days)), problems


ALWAYS_OPEN = OpeningHours()  # immutable: one for every configuration without [hours]
