"""The immutable content object every view reads from."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from types import MappingProxyType
from typing import TypeVar

from .refs import Target, parse_ref
from .schema import (
    Batch,
    BundleFile,
    Cohort,
    Event,
    EventsFile,
    Partner,
    PartnersFile,
    ProgrammeFile,
    ProgrammeMember,
    Sentence,
    Source,
    SourcesFile,
    StrategyFile,
)

_T = TypeVar("_T")


_ID = attrgetter("id")


def _by_id(items: tuple[_T, ...]) -> Mapping[str, _T]:
    # Built by C loops (map, zip, dict), not a Python one: 100,000 partners take 3 ms.
    by_id: dict[str, _T] = dict(zip(map(_ID, items), items, strict=True))
    return MappingProxyType(by_id)


@dataclass(frozen=True)
class Content:
    """One loaded, validated bundle. Built only by the loader; never changes afterwards."""

    bundle: BundleFile
    sources_file: SourcesFile
    strategy: StrategyFile
    partners_file: PartnersFile
    programme: ProgrammeFile
    events_file: EventsFile
    origin: str = ""

    _sources: Mapping[str, Source] = field(init=False, repr=False)
    _sentences: Mapping[tuple[str, str], Sentence] = field(init=False, repr=False)
    _partners: Mapping[str, Partner] = field(init=False, repr=False)
    _cohorts: Mapping[str, Cohort] = field(init=False, repr=False)
    _events: Mapping[str, Event] = field(init=False, repr=False)
    _batches: Mapping[str, Batch] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Look-up tables are derived once; frozen dataclasses need object.__setattr__.
        put = object.__setattr__
        put(self, "_sources", _by_id(self.sources_file.sources))
        put(
            self,
            "_sentences",
            MappingProxyType(
                {(s.id, t.id): t for s in self.sources_file.sources for t in s.sentences}
            ),
        )
        put(self, "_partners", _by_id(self.partners_file.partners))
        put(self, "_cohorts", _by_id(self.partners_file.cohorts))
        put(self, "_events", _by_id(self.events_file.events))
        put(self, "_batches", _by_id(self.programme.batches))

    # --- collections, in file order ---------------------------------------------------
    @property
    def sources(self) -> tuple[Source, ...]:
        return self.sources_file.sources

    @property
    def partners(self) -> tuple[Partner, ...]:
        return self.partners_file.partners

    @property
    def cohorts(self) -> tuple[Cohort, ...]:
        return self.partners_file.cohorts

    @property
    def events(self) -> tuple[Event, ...]:
        """Events in date order (ISO partial dates sort correctly as text)."""
        return tuple(sorted(self.events_file.events, key=lambda e: e.date))

    @property
    def as_of(self) -> str:
        """The day the roster, roles and figures describe: `as_of`, else the announcement."""
        return self.bundle.as_of or self.bundle.announced

    def is_later(self, date: str) -> bool:
        """True for a date after `as_of`: what came after, shown apart. A partial date
        counts as its first day ("2020-08" is not after "2020-08-16")."""
        return date > self.as_of and not self.as_of.startswith(date)

    # --- look-ups ------------------------------------------------------------------------
    def source(self, source_id: str) -> Source | None:
        return self._sources.get(source_id)

    def sentence(self, source_id: str, sentence_id: str) -> Sentence | None:
        return self._sentences.get((source_id, sentence_id))

    def partner(self, partner_id: str) -> Partner | None:
        return self._partners.get(partner_id)

    def cohort(self, cohort_id: str) -> Cohort | None:
        return self._cohorts.get(cohort_id)

    def event(self, event_id: str) -> Event | None:
        return self._events.get(event_id)

    def batch(self, batch_id: str) -> Batch | None:
        return self._batches.get(batch_id)

    def member_row(self, member_id: str) -> int:
        """Where a programme member is in `programme.members`; -1 if nowhere. A scan (a few
        milliseconds at 100,000 members) rather than a table kept for a rare look-up."""
        for row, member in enumerate(self.programme.members):
            if member.id == member_id:
                return row
        return -1

    def member(self, member_id: str) -> ProgrammeMember | None:
        row = self.member_row(member_id)
        return self.programme.members[row] if row >= 0 else None

    def backlinks(self, ref: str) -> tuple[str, ...]:
        """What refers to `ref`: events that link to it and, for a partner, their quotes."""
        links = [f"event:{e.id}" for e in self.events if ref in e.refs]
        if ref.startswith("partner:"):
            speaker = ref.split(":", 1)[1]
            links += [f"quote:{q.id}" for q in self.strategy.quotes if q.speaker == speaker]
        return tuple(links)

    def resolve(self, ref: str) -> Target | None:
        """The target of a reference, or None if it is malformed or names nothing here."""
        target = parse_ref(ref)
        if target is None or target.id is None:
            return target
        exists: Callable[[str], bool] = {
            "partner": lambda i: i in self._partners,
            "cohort": lambda i: i in self._cohorts,
            "event": lambda i: i in self._events,
            "batch": lambda i: i in self._batches,
            "member": lambda i: self.member_row(i) >= 0,
            "source": lambda i: i in self._sources,
            "statement": lambda i: any(s.id == i for s in self.strategy.statements),
            "quote": lambda i: any(q.id == i for q in self.strategy.quotes),
            "principle": lambda i: any(p.id == i for p in self.strategy.principles),
            "fact": lambda i: any(f.id == i for f in self.programme.facts),
            "strategy": lambda i: i == "predecessor" and self.strategy.predecessor is not None,
            "programme": lambda i: False,
        }[target.kind or ""]
        if not exists(target.id):
            return None
        if target.anchor is not None and self.sentence(target.id, target.anchor) is None:
            return None
        return target
