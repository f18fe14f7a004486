"""The window's panes by section name, each built the first time something asks for it.

The first paint needs one pane; the other five (a roster of 100,000 partners among them)
are built when a visitor, a link or the kiosk first goes there. Reading `panes[name]`
builds; `built()` lists only what exists, for work that an unbuilt pane does not need
(a reset, a pristine check, saving a selection).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module

from ..content import SECTIONS
from .pane import Pane

# Each pane's module is imported when the pane is first built: the first paint needs one
# pane, and the five others (with the roster's models and delegates) cost about a fiftieth
# of a start.
PANE_MODULES: dict[str, tuple[str, str]] = {
    "overview": ("..views.overview_pane", "OverviewPane"),
    "strategy": ("..views.strategy_pane", "StrategyPane"),
    "partners": ("..roster.partners_pane", "PartnersPane"),
    "programme": ("..views.programme_pane", "ProgrammePane"),
    "timeline": ("..views.timeline_pane", "TimelinePane"),
    "sources": ("..views.sources_pane", "SourcesPane"),
}


def pane_class(name: str) -> type[Pane]:
    module, cls = PANE_MODULES[name]
    found: type[Pane] = getattr(import_module(module, __package__), cls)
    return found


class LazyPanes(Mapping[str, Pane]):
    def __init__(
        self, build: Callable[[str], Pane], built: Callable[[], object] | None = None
    ) -> None:
        self._build = build
        self._on_built = built  # told after each pane is built and in place
        self._built: dict[str, Pane] = {}

    def __getitem__(self, name: str) -> Pane:
        pane = self._built.get(name)
        if pane is None:
            if name not in SECTIONS:
                raise KeyError(name)
            pane = self._built[name] = self._build(name)
            if self._on_built is not None:
                self._on_built()
        return pane

    def __iter__(self) -> Iterator[str]:
        return iter(SECTIONS)

    def __len__(self) -> int:
        return len(SECTIONS)

    def is_built(self, name: str) -> bool:
        return name in self._built

    def built(self) -> dict[str, Pane]:
        """The panes that exist so far, in section order."""
        return {name: self._built[name] for name in SECTIONS if name in self._built}
