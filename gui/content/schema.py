"""The bundle's schema: pydantic models for every file in a content bundle.

Everything is strict (no type coercion), closed (unknown keys are errors) and frozen
(sequences are tuples), so a loaded bundle can be shared freely and never changes.
Cross-references between files are checked by the loader, not here, because they span
several files and the messages must name the file that holds the bad reference.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    StringConstraints,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    model_validator,
)

SCHEMA_VERSION = 1

# Limits keep a hostile or mistaken bundle from exhausting memory or the layout engine.
MAX_TEXT = 20_000
MAX_SHORT = 300
MAX_ITEMS = 200_000

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ID_RE = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"


@lru_cache(maxsize=4096)  # a large roster repeats the same few hundred dates
def _check_partial_date(value: str) -> str:
    if not _DATE_RE.match(value):
        raise ValueError("expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")]
    try:
        _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise ValueError(f"not a real date: {exc}") from None
    return value


Id = Annotated[str, StringConstraints(pattern=_ID_RE)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_SHORT)]
LongText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]
PartialDate = Annotated[str, AfterValidator(_check_partial_date)]
# A reference to something in the bundle: "partner:ID", "event:ID", "batch:ID",
# "source:ID" or "source:ID#SENTENCE", or a bare section name ("strategy", "programme").
Ref = Annotated[str, StringConstraints(pattern=r"^[a-z]+(:[A-Za-z0-9._-]+(#[A-Za-z0-9._-]+)?)?$")]


class Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    @model_validator(mode="after")
    def _share_fields_set(self) -> Self:
        """Share pydantic's record of which fields were given between objects alike.

        Pydantic keeps a set of the given field names on every object: 700 bytes for a
        partner, two thirds of what the object itself costs. The objects are frozen, so
        the set never changes (a copy gets its own), and a roster of 100,000 people needs
        only a handful of distinct ones.
        """
        given = self.__pydantic_fields_set__
        shared = _SHARED_FIELDS_SETS.setdefault((type(self), frozenset(given)), given)
        if shared is not given:
            object.__setattr__(self, "__pydantic_fields_set__", shared)
        return self


_SHARED_FIELDS_SETS: dict[tuple[type[Model], frozenset[str]], set[str]] = {}


class FileModel(Model):
    """Root of one bundle file; `$schema` lets editors find the JSON Schema."""

    schema_ref: str | None = Field(default=None, alias="$schema", max_length=MAX_SHORT)


class Citation(Model):
    source: Id = Field(description="Id of a source in sources.json.")
    sentence: Id | None = Field(
        default=None, description="Id of the cited sentence; required for sources with text."
    )
    note: ShortText | None = None

    @model_validator(mode="wrap")
    @classmethod
    def _shared(cls, value: Any, handler: ModelWrapValidatorHandler[Citation]) -> Citation:
        """One object for identical citations.

        A roster of 100,000 people cites the same few sources over and over; sharing the
        (frozen) citation objects saves a third of the memory and time of loading it.
        """
        if type(value) is not dict:
            return handler(value)
        try:
            key = tuple(value.items())
            shared = _SHARED_CITATIONS.get(key)
        except TypeError:  # an unhashable value: validation reports it
            return handler(value)
        if shared is None:
            shared = handler(value)
            # Only keys of plain strings: an equal key then means an identical input.
            if len(_SHARED_CITATIONS) < _MAX_SHARED_CITATIONS and all(
                type(v) is str or v is None for v in value.values()
            ):
                _SHARED_CITATIONS[key] = shared
        return shared


_MAX_SHARED_CITATIONS = 10_000
_SHARED_CITATIONS: dict[tuple[tuple[Any, Any], ...], Citation] = {}


def _shared_citations(
    value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
) -> Any:
    """One tuple for identical lists of citations, in a bundle file (JSON) as it is read.

    With `Citation._shared`, a roster of 100,000 people that cites the same sources over
    and over holds each distinct list once: 15 % less memory at the peak of loading it.
    """
    if info.mode != "json" or type(value) is not list:
        return handler(value)
    # A JSON array arrives here as a list; the strict tuple it becomes is validated as such.
    try:
        key = tuple(map(tuple, map(dict.items, value)))
        shared = _SHARED_CITATION_LISTS.get(key)
    except (TypeError, AttributeError):  # not objects of strings: validation reports it
        return handler(tuple(value))
    if shared is None:
        shared = handler(tuple(value))
        # Only keys of plain strings: an equal key then means an identical input.
        if len(_SHARED_CITATION_LISTS) < _MAX_SHARED_CITATIONS and all(
            type(v) is str or v is None for item in value for v in item.values()
        ):
            _SHARED_CITATION_LISTS[key] = shared
    return shared


_SHARED_CITATION_LISTS: dict[tuple[tuple[tuple[str, Any], ...], ...], tuple[Citation, ...]] = {}

Citations = Annotated[
    tuple[Citation, ...], Field(min_length=1, max_length=50), WrapValidator(_shared_citations)
]


class CitedText(Model):
    text: LongText
    citations: Citations


class CitedDate(Model):
    date: PartialDate
    citations: Citations


# --- sources.json ---------------------------------------------------------------------


class Sentence(Model):
    id: Id
    paragraph: int = Field(ge=1, le=MAX_ITEMS)
    text: LongText


class Source(Model):
    id: Id
    kind: Literal["article", "secondary"]
    title: ShortText | None = None
    description: ShortText | None = None
    publisher: ShortText
    date: PartialDate | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}(-[A-Za-z]{2,4})?$")]
    note: LongText | None = None
    sentences: tuple[Sentence, ...] = Field(default=(), max_length=MAX_ITEMS)

    @property
    def label(self) -> str:
        """A one-line name: the title where known, else the description."""
        return self.title or self.description or self.publisher


class SourcesFile(FileModel):
    sources: tuple[Source, ...] = Field(min_length=1, max_length=MAX_ITEMS)


# --- bundle.json ----------------------------------------------------------------------


class Highlight(Model):
    id: Id
    value: ShortText
    label: ShortText
    text: LongText
    target: Ref
    citations: Citations


class BundleFile(FileModel):
    schema_version: Literal[1]
    id: Id
    version: ShortText
    title: ShortText
    title_zh: ShortText | None = None
    company: ShortText
    company_zh: ShortText | None = None
    announced: PartialDate
    headline: CitedText
    context: tuple[CitedText, ...] = Field(default=(), max_length=100)
    highlights: tuple[Highlight, ...] = Field(default=(), max_length=12)


# --- strategy.json --------------------------------------------------------------------


class AlternativeName(Model):
    text: ShortText
    note: ShortText
    citations: Citations


class Predecessor(Model):
    name: ShortText
    name_zh: ShortText | None = None
    announced: PartialDate
    text: LongText
    citations: Citations


class Statement(Model):
    id: Id
    title: ShortText
    text: LongText
    citations: Citations


class Quote(Model):
    id: Id
    text: LongText
    speaker: Id = Field(description="Id of a partner in partners.json.")
    citations: Citations


class Principle(Model):
    id: Id
    title: ShortText
    title_zh: ShortText | None = None
    citations: Citations


class StrategyFile(FileModel):
    id: Id
    name: ShortText
    name_zh: ShortText | None = None
    name_citations: Citations
    alternative_names: tuple[AlternativeName, ...] = Field(default=(), max_length=20)
    announced: PartialDate
    summary: CitedText
    predecessor: Predecessor | None = None
    statements: tuple[Statement, ...] = Field(min_length=1, max_length=1000)
    quotes: tuple[Quote, ...] = Field(default=(), max_length=1000)
    principles: tuple[Principle, ...] = Field(default=(), max_length=50)
    principles_note: CitedText | None = None


# --- partners.json --------------------------------------------------------------------


class Cohort(Model):
    id: Id
    label: ShortText
    short_label: ShortText | None = Field(default=None, description="For the roster's column.")
    label_zh: ShortText | None = None
    text: LongText
    citations: Citations


class Partner(Model):
    id: Id
    name: ShortText
    name_zh: ShortText
    cohort: Id = Field(description="Id of a cohort in this file.")
    partner_since: PartialDate | None = Field(
        description="When the person became a partner; null where the sources do not say."
    )
    joined_company: CitedDate | None = None
    roles: tuple[CitedText, ...] = Field(
        min_length=1,
        max_length=20,
        description="Role(s) at the time. Where sources word it differently, one entry each.",
    )
    notes: tuple[CitedText, ...] = Field(default=(), max_length=50)
    citations: Citations


class PartnersFile(FileModel):
    cohorts: tuple[Cohort, ...] = Field(min_length=1, max_length=100)
    system: CitedText | None = None
    partners: tuple[Partner, ...] = Field(min_length=1, max_length=MAX_ITEMS)


# --- programme.json -------------------------------------------------------------------


class ProgrammeFact(Model):
    id: Id
    topic: Literal["who", "criteria", "reward", "aim", "other"]
    title: ShortText
    text: LongText
    citations: Citations


class CitedCount(Model):
    count: int = Field(ge=0)
    citations: Citations


class Batch(Model):
    id: Id
    title: ShortText
    date: PartialDate
    shares: int | None = Field(default=None, ge=0)
    recipients: int | None = Field(default=None, ge=0)
    vesting: ShortText | None = None
    text: LongText
    citations: Citations


class ProgrammeMember(Model):
    """One person in the programme: a large company may list tens of thousands."""

    id: Id
    name: ShortText
    name_zh: ShortText | None = None
    batch: Id | None = Field(
        default=None, description="Id of the batch in this file that granted the member shares."
    )
    role: ShortText | None = None
    citations: Citations


class ProgrammeFile(FileModel):
    id: Id
    name: ShortText
    name_zh: ShortText | None = None
    name_citations: Citations
    summary: CitedText
    selected: CitedCount | None = None
    facts: tuple[ProgrammeFact, ...] = Field(min_length=1, max_length=1000)
    caveat: CitedText | None = None
    batches: tuple[Batch, ...] = Field(default=(), max_length=1000)
    members: tuple[ProgrammeMember, ...] = Field(
        default=(), max_length=MAX_ITEMS, description="The people in the programme, if listed."
    )


# --- events.json ----------------------------------------------------------------------


class Event(Model):
    id: Id
    date: PartialDate
    title: ShortText
    text: LongText
    refs: tuple[Ref, ...] = Field(default=(), max_length=100)
    citations: Citations


class EventsFile(FileModel):
    events: tuple[Event, ...] = Field(min_length=1, max_length=MAX_ITEMS)


# The bundle's files, in the order they are loaded and reported.
BUNDLE_FILES: dict[str, type[FileModel]] = {
    "bundle.json": BundleFile,
    "sources.json": SourcesFile,
    "strategy.json": StrategyFile,
    "partners.json": PartnersFile,
    "programme.json": ProgrammeFile,
    "events.json": EventsFile,
}
