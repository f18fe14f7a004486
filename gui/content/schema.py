"""The bundle's schema: one frozen dataclass for each kind of thing in a content bundle.

These are the objects every view reads. pydantic turns them into validators
(gui/content/validation.py), reading what each field accepts from its annotation: the
markers of gui/content/constraints.py and the pydantic `Field` arguments in a field's
metadata. This module imports no pydantic, so a start whose validators were built before
does not pay for loading it.

Everything is strict (no type coercion), closed (unknown keys are errors) and frozen
(sequences are tuples; slotted, so a roster of 100,000 people stays small), so a loaded
bundle can be shared freely and never changes. Cross-references between files are checked
by the loader, not here, because they span several files and the messages must name the
file that holds the bad reference.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import MISSING, FrozenInstanceError, dataclass, field, fields
from functools import lru_cache
from typing import Annotated, Any, ClassVar, Literal, TypeVar, cast, dataclass_transform

from gui.content.constraints import Check, Length, Pattern, Wrap

SCHEMA_VERSION = 1

# Limits keep a hostile or mistaken bundle from exhausting memory or the layout engine.
MAX_TEXT = 20_000
MAX_SHORT = 300
MAX_ITEMS = 200_000

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ID_RE = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"


@lru_cache(maxsize=4096)  # a large roster repeats the same few hundred dates
def check_partial_date(value: str) -> str:
    if not _DATE_RE.match(value):
        raise ValueError("expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")]
    try:
        _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise ValueError(f"not a real date: {exc}") from None
    return value


Id = Annotated[str, Pattern(_ID_RE)]
ShortText = Annotated[str, Length(1, MAX_SHORT)]
LongText = Annotated[str, Length(1, MAX_TEXT)]
PartialDate = Annotated[str, Check(check_partial_date)]
# A reference to something in the bundle: "partner:ID", "event:ID", "batch:ID",
# "source:ID" or "source:ID#SENTENCE", or a bare section name ("strategy", "programme").
Ref = Annotated[str, Pattern(r"^[a-z]+(:[A-Za-z0-9._-]+(#[A-Za-z0-9._-]+)?)?$")]


def rules(**arguments: Any) -> dict[str, Any]:
    """A field's metadata for pydantic: arguments of its `Field` (limits such as `max_length`
    or `ge`, and the `description` the JSON Schema shows in editors)."""
    return arguments


class Record:
    """Base of every class here: what `dataclass(frozen=True, kw_only=True)` would give
    each of them, written once.

    A record is made with keywords only, never changes, is equal to another of its class
    with equal fields, hashes and shows (repr) by its fields, and copies and pickles.
    `dataclass` would generate and compile these methods for every class: 26 classes
    cost 10 ms of every start, a twelfth of what the app adds to a bare Qt window. The
    classes are still dataclasses (`fields`, `replace`, pydantic see them as such);
    pydantic-core fills a record's slots itself and calls none of these.

    pydantic reads the config here too; a dataclass has no other place for it.
    """

    __slots__ = ()
    __pydantic_config__: ClassVar[dict[str, Any]] = {"strict": True, "extra": "forbid"}

    def __init__(self, **values: Any) -> None:
        names, defaults = _spec(type(self))
        for name in values.keys() - set(names):
            raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument {name!r}")
        for name in names:
            if name in values:
                value = values[name]
            elif name in defaults:
                value = defaults[name]
            else:
                raise TypeError(f"{type(self).__name__}() missing keyword argument {name!r}")
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in _spec(type(self))[0])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        names = _spec(type(self))[0]
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__qualname__}({shown})"

    # copy, deepcopy and pickle: slots hold the state, set past __setattr__.
    def __getstate__(self) -> tuple[Any, ...]:
        return self._values()

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(_spec(type(self))[0], state, strict=True):
            object.__setattr__(self, name, value)


def _spec(cls: type[Record]) -> tuple[tuple[str, ...], dict[str, Any]]:
    """A record class's field names, in order, and the defaults of those that have one."""
    spec = _SPECS.get(cls)
    if spec is None:
        found = fields(cast(Any, cls))
        defaults = {f.name: f.default for f in found if f.default is not MISSING}
        spec = _SPECS[cls] = (tuple(f.name for f in found), defaults)
    return spec


_SPECS: dict[type[Record], tuple[tuple[str, ...], dict[str, Any]]] = {}

_R = TypeVar("_R", bound=Record)


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(field,))
def record(cls: type[_R]) -> type[_R]:
    """A class of the schema: a slotted dataclass whose methods are Record's."""
    return dataclass(slots=True, kw_only=True, init=False, eq=False, repr=False)(cls)


@record
class FileModel(Record):
    """Root of one bundle file; `$schema` lets editors find the JSON Schema."""

    schema_ref: str | None = field(
        default=None, metadata={"alias": "$schema", "max_length": MAX_SHORT}
    )


@record
class Citation(Record):
    source: Id = field(metadata=rules(description="Id of a source in sources.json."))
    sentence: Id | None = field(
        default=None,
        metadata=rules(description="Id of the cited sentence; required for sources with text."),
    )
    note: ShortText | None = None


def shared_citation_list(value: Any, validate: Any, info: Any) -> Any:
    """One tuple for identical lists of citations, in a bundle file (JSON) as it is read.

    A roster of 100,000 people cites the same few lists of sources over and over; holding
    each distinct list once takes a third less memory, and the loader checks each once.
    """
    if info.mode != "json" or type(value) is not list:
        return validate(value)
    # A JSON array arrives here as a list; the strict tuple it becomes is validated as such.
    try:
        key = tuple(map(tuple, map(dict.items, value)))
        shared = _SHARED_CITATION_LISTS.get(key)
    except (TypeError, AttributeError):  # not objects of strings: validation reports it
        return validate(tuple(value))
    if shared is None:
        shared = validate(tuple(value))
        # Only keys of plain strings: an equal key then means an identical input.
        if len(_SHARED_CITATION_LISTS) < _MAX_SHARED_CITATIONS and all(
            type(v) is str or v is None for item in value for v in item.values()
        ):
            _SHARED_CITATION_LISTS[key] = shared
    return shared


_MAX_SHARED_CITATIONS = 10_000
_SHARED_CITATION_LISTS: dict[tuple[tuple[tuple[str, Any], ...], ...], tuple[Citation, ...]] = {}

Citations = Annotated[tuple[Citation, ...], Length(1, 50), Wrap(shared_citation_list)]


# --- texts in two languages ---------------------------------------------------------------

CONTENT_LANGUAGES = ("en", "zh")


@record
class Localized(Record):
    """A text of ours in the content's languages: English (`en`), Chinese (`zh`) or both.

    In a file it is written either as a plain string, which is English, or as an object
    `{"en": "...", "zh": "..."}` with at least one of the two. A view shows the one in the
    interface language and, where that is missing, the other one marked as such. Only our
    own wording is localized: quotations, source text and titles of sources stay verbatim,
    and names keep their `*_zh` sibling fields.
    """

    en: LongText | None = None
    zh: LongText | None = None

    def get(self, language: str) -> str | None:
        """The text in `language` ("en" or "zh"; "zh_CN" counts as "zh"), or None."""
        return self.zh if language.startswith("zh") else self.en

    def text_in(self, language: str) -> tuple[str, bool]:
        """The text in `language`, or else in the other language; and True for the latter
        (a fallback, which a view marks so that a reader can tell)."""
        wanted = self.get(language)
        if wanted is not None:
            return wanted, False
        return (self.en if self.zh is None else self.zh) or "", True

    @property
    def texts(self) -> tuple[str, ...]:
        """Every language's text, English first: what search indexes."""
        return tuple(t for t in (self.en, self.zh) if t is not None)

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> Any:
        # Editors accept what the loader accepts: a plain string (English) or the object.
        schema = handler.resolve_ref_schema(handler(core_schema))
        as_object = dict(schema)
        as_string = next(
            (
                option
                for option in as_object["properties"]["en"].get("anyOf", ())
                if option.get("type") == "string"
            ),
            {"type": "string"},
        )
        return {
            "anyOf": [
                {**as_string, "description": "English only."},
                {**as_object, "minProperties": 1},
            ],
            "title": cls.__name__,
            "description": "A text in English (a plain string), or in English and Chinese "
            '({"en": ..., "zh": ...}, at least one of them).',
        }


@record
class LocalizedShort(Localized):
    """A `Localized` title, label or other short text."""

    en: ShortText | None = None
    zh: ShortText | None = None


def _localized(value: Any, validate: Any, limit: int, cls: type[Localized]) -> Any:
    """A plain string in a file is the English text; an object is validated as `cls`."""
    if type(value) is str:
        # Checked here, so that a problem is reported at the field, not at a hidden `.en`.
        if not value:
            raise ValueError("string should have at least 1 character")
        if len(value) > limit:
            raise ValueError(f"string should have at most {limit} characters")
        return cls(en=value)
    if not isinstance(value, (dict, Localized)):
        raise ValueError('expected a text, or texts by language: {"en": ..., "zh": ...}')
    return validate(value)


def localized_text(value: Any, validate: Any, info: Any) -> Any:
    return _localized(value, validate, MAX_TEXT, Localized)


def localized_short(value: Any, validate: Any, info: Any) -> Any:
    return _localized(value, validate, MAX_SHORT, LocalizedShort)


def check_localized(value: Localized) -> Localized:
    if value.en is None and value.zh is None:
        raise ValueError('give the text in at least one language: {"en": ..., "zh": ...}')
    return value


LocalText = Annotated[Localized, Check(check_localized), Wrap(localized_text)]
LocalShort = Annotated[LocalizedShort, Check(check_localized), Wrap(localized_short)]


@record
class CitedText(Record):
    text: LocalText
    citations: Citations


@record
class QuotedText(Record):
    """Wording quoted verbatim from a source, in the source's language."""

    text: ShortText
    citations: Citations


@record
class LaterNote(Record):
    """Something that happened after the date the bundle describes (`as_of`): shown
    apart from the rest, with its date and its sources, never in place of what was so."""

    date: PartialDate
    text: LocalText
    citations: Citations


@record
class CitedDate(Record):
    date: PartialDate
    citations: Citations


# --- sources.json ---------------------------------------------------------------------


@record
class Sentence(Record):
    id: Id
    paragraph: int = field(metadata=rules(ge=1, le=MAX_ITEMS))
    text: LongText


@record
class Source(Record):
    id: Id
    kind: Literal["article", "secondary"]
    title: ShortText | None = field(
        default=None, metadata=rules(description="The source's own title, verbatim.")
    )
    description: LocalShort | None = None
    publisher: ShortText
    publisher_zh: ShortText | None = None
    date: PartialDate | None = None
    language: Annotated[str, Pattern(r"^[a-z]{2}(-[A-Za-z]{2,4})?$")]
    note: LocalText | None = None
    sentences: tuple[Sentence, ...] = field(default=(), metadata=rules(max_length=MAX_ITEMS))

    def label_in(self, language: str) -> str:
        """A one-line name: the title where known (verbatim), else the description in
        `language` (or the other one), else the publisher."""
        if self.title:
            return self.title
        if self.description:
            return self.description.text_in(language)[0]
        return self.publisher_in(language)

    def publisher_in(self, language: str) -> str:
        return (
            self.publisher_zh if language.startswith("zh") and self.publisher_zh else self.publisher
        )

    @property
    def label(self) -> str:
        """The label in English."""
        return self.label_in("en")


@record
class SourcesFile(FileModel):
    sources: tuple[Source, ...] = field(metadata=rules(min_length=1, max_length=MAX_ITEMS))


# --- bundle.json ----------------------------------------------------------------------


@record
class Highlight(Record):
    id: Id
    value: LocalShort
    label: LocalShort
    text: LocalText
    target: Ref
    citations: Citations


@record
class BundleFile(FileModel):
    schema_version: Literal[1]
    id: Id
    version: ShortText
    title: ShortText
    title_zh: ShortText | None = None
    company: ShortText
    company_zh: ShortText | None = None
    announced: PartialDate
    as_of: PartialDate | None = field(
        default=None,
        metadata=rules(
            description="The day the roster, roles and figures describe (usually the day of "
            "the announcement); what came later is shown apart, as later notes and events."
        ),
    )
    headline: CitedText
    context: tuple[CitedText, ...] = field(default=(), metadata=rules(max_length=100))
    highlights: tuple[Highlight, ...] = field(default=(), metadata=rules(max_length=12))


# --- strategy.json --------------------------------------------------------------------


@record
class AlternativeName(Record):
    text: ShortText = field(metadata=rules(description="The name as the source spells it."))
    note: LocalShort
    citations: Citations


@record
class Predecessor(Record):
    name: ShortText
    name_zh: ShortText | None = None
    announced: PartialDate
    text: LocalText
    citations: Citations


@record
class Statement(Record):
    id: Id
    title: LocalShort
    text: LocalText
    citations: Citations


@record
class Quote(Record):
    id: Id
    text: LongText = field(metadata=rules(description="The words as the source gives them."))
    speaker: Id = field(metadata=rules(description="Id of a partner in partners.json."))
    translation: LocalText | None = field(
        default=None,
        metadata=rules(
            description='Our translation, e.g. {"zh": "..."}: shown labelled as a '
            "translation, never as the speaker's own words."
        ),
    )
    citations: Citations


@record
class Principle(Record):
    id: Id
    title: ShortText
    title_zh: ShortText | None = None
    citations: Citations


@record
class StrategyFile(FileModel):
    id: Id
    name: ShortText
    name_zh: ShortText | None = None
    name_citations: Citations
    alternative_names: tuple[AlternativeName, ...] = field(
        default=(), metadata=rules(max_length=20)
    )
    announced: PartialDate
    summary: CitedText
    predecessor: Predecessor | None = None
    statements: tuple[Statement, ...] = field(metadata=rules(min_length=1, max_length=1000))
    quotes: tuple[Quote, ...] = field(default=(), metadata=rules(max_length=1000))
    principles: tuple[Principle, ...] = field(default=(), metadata=rules(max_length=50))
    principles_note: CitedText | None = None
    later: tuple[LaterNote, ...] = field(
        default=(), metadata=rules(max_length=100, description="What came after, dated.")
    )


# --- partners.json --------------------------------------------------------------------


@record
class Cohort(Record):
    id: Id
    label: LocalShort
    short_label: LocalShort | None = field(
        default=None, metadata=rules(description="For the roster's column.")
    )
    text: LocalText
    citations: Citations


@record
class Role(Record):
    text: LocalText
    wording: QuotedText | None = field(
        default=None,
        metadata=rules(
            description="The role as a source words it, verbatim, where that differs from "
            "`text`: shown as quoted wording."
        ),
    )
    citations: Citations


@record
class Partner(Record):
    id: Id
    name: ShortText
    name_zh: ShortText
    cohort: Id = field(metadata=rules(description="Id of a cohort in this file."))
    partner_since: PartialDate | None = field(
        metadata=rules(
            description="When the person became a partner; null where the sources do not say."
        )
    )
    joined_company: CitedDate | None = None
    roles: tuple[Role, ...] = field(
        metadata=rules(
            min_length=1,
            max_length=20,
            description="Role(s) as of the bundle's `as_of` date, in our clean wording.",
        )
    )
    notes: tuple[CitedText, ...] = field(default=(), metadata=rules(max_length=50))
    later: tuple[LaterNote, ...] = field(
        default=(), metadata=rules(max_length=50, description="What came after, dated.")
    )
    citations: Citations


@record
class PartnersFile(FileModel):
    cohorts: tuple[Cohort, ...] = field(metadata=rules(min_length=1, max_length=100))
    system: CitedText | None = None
    partners: tuple[Partner, ...] = field(metadata=rules(min_length=1, max_length=MAX_ITEMS))


# --- programme.json -------------------------------------------------------------------


@record
class ProgrammeFact(Record):
    id: Id
    topic: Literal["who", "criteria", "reward", "aim", "other"]
    title: LocalShort
    text: LocalText
    citations: Citations


@record
class CitedCount(Record):
    count: int = field(metadata=rules(ge=0))
    citations: Citations


@record
class Batch(Record):
    id: Id
    title: LocalShort
    date: PartialDate
    shares: int | None = field(default=None, metadata=rules(ge=0))
    recipients: int | None = field(default=None, metadata=rules(ge=0))
    vesting: LocalShort | None = None
    text: LocalText
    citations: Citations


@record
class ProgrammeMember(Record):
    """One person in the programme: a large company may list tens of thousands."""

    id: Id
    name: ShortText
    name_zh: ShortText | None = None
    batch: Id | None = field(
        default=None,
        metadata=rules(description="Id of the batch in this file that granted the member shares."),
    )
    role: LocalShort | None = None
    citations: Citations


@record
class ProgrammeFile(FileModel):
    id: Id
    name: ShortText
    name_zh: ShortText | None = None
    name_citations: Citations
    summary: CitedText
    selected: CitedCount | None = None
    facts: tuple[ProgrammeFact, ...] = field(metadata=rules(min_length=1, max_length=1000))
    caveat: CitedText | None = None
    batches: tuple[Batch, ...] = field(default=(), metadata=rules(max_length=1000))
    members: tuple[ProgrammeMember, ...] = field(
        default=(),
        metadata=rules(max_length=MAX_ITEMS, description="The people in the programme, if listed."),
    )


# --- events.json ----------------------------------------------------------------------


@record
class Event(Record):
    id: Id
    date: PartialDate
    title: LocalShort
    text: LocalText
    refs: tuple[Ref, ...] = field(default=(), metadata=rules(max_length=100))
    citations: Citations


@record
class EventsFile(FileModel):
    events: tuple[Event, ...] = field(metadata=rules(min_length=1, max_length=MAX_ITEMS))


# The bundle's files, in the order they are loaded and reported.
BUNDLE_FILES: dict[str, type[FileModel]] = {
    "bundle.json": BundleFile,
    "sources.json": SourcesFile,
    "strategy.json": StrategyFile,
    "partners.json": PartnersFile,
    "programme.json": ProgrammeFile,
    "events.json": EventsFile,
}
