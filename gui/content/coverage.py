"""How much of a bundle's own text is there in each language: for `--check`.

Every text of ours is a `Localized` (gui/content/schema.py); a text without one of the
content languages is shown in the other one, tagged. This finds each such gap, with the
file and location an author needs, the way the loader reports problems.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from .content import Content
from .loader import _location
from .schema import CONTENT_LANGUAGES, FileModel, Localized

_Where = tuple[str | int, ...]


def _files(content: Content) -> Iterator[tuple[str, FileModel]]:
    yield "bundle.json", content.bundle
    yield "sources.json", content.sources_file
    yield "strategy.json", content.strategy
    yield "partners.json", content.partners_file
    yield "programme.json", content.programme
    yield "events.json", content.events_file


def _walk(value: Any, where: _Where) -> Iterator[tuple[_Where, Localized]]:
    if isinstance(value, Localized):
        yield where, value
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _walk(item, (*where, i))
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            if f.name != "translation":  # a quote's: see `_quote_gaps`
                yield from _walk(getattr(value, f.name), (*where, f.name))


def localized_texts(content: Content) -> Iterator[tuple[str, str, Localized]]:
    """(file, location, text) for every localized text of the bundle, in file order."""
    for file, root in _files(content):
        for where, text in _walk(root, ()):
            yield file, _location(where), text


@dataclass(frozen=True)
class Coverage:
    total: int
    present: dict[str, int]  # language → texts that have it
    missing: tuple[tuple[str, str, str], ...]  # (file, location, language)

    def percent(self, language: str) -> float:
        return 100.0 if not self.total else 100.0 * self.present[language] / self.total

    def summary(self) -> str:
        """'translations: en 100% (180 of 180 texts), zh 99.4% (179 of 180)'"""
        parts = [
            f"{language} {self.percent(language):.3g}% ({self.present[language]} of {self.total})"
            for language in CONTENT_LANGUAGES
        ]
        return "translations: " + ", ".join(parts)

    def warnings(self) -> list[str]:
        return [
            f"warning: {file}: {where}: no {language} text"
            for file, where, language in self.missing
        ]


def coverage(content: Content) -> Coverage:
    """Every localized text counts once for each language it has; a quote counts for its
    own language (the source's) and for each other one its translation gives."""
    present = dict.fromkeys(CONTENT_LANGUAGES, 0)
    missing: list[tuple[str, str, str]] = []
    total = 0
    for file, where, text in localized_texts(content):
        total += 1
        for language in CONTENT_LANGUAGES:
            if text.get(language) is None:
                missing.append((file, where, language))
            else:
                present[language] += 1
    for i, quote in enumerate(content.strategy.quotes):
        total += 1
        source = content.source(quote.citations[0].source)
        original = source.language.split("-")[0] if source else "en"
        for language in CONTENT_LANGUAGES:
            if language == original or (quote.translation and quote.translation.get(language)):
                present[language] += 1
            else:
                missing.append(("strategy.json", f"quotes[{i}].translation", language))
    return Coverage(total, present, tuple(missing))
