"""The bundle's schema: one frozen dataclass for each kind of thing in a content bundle.

These are the objects every view reads. pydantic builds the validators from them
(gui/content/validation.py), reading what each field accepts from its annotation:
`StringConstraints`, `Field` limits and descriptions, and the validator functions here.

Everything is strict (no type coercion), closed (unknown keys are errors) and frozen
(sequences are tuples; slotted, so a roster of 100,000 people stays small), so a loaded
bundle can be shared freely and never changes. Cross-references between files are checked
by the loader, not here, because they span several files and the messages must name the
file that holds the bad reference.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Any, Literal

from annotated_types import Len
from pydantic import (
    AfterValidator,
    ConfigDict,
    Field,
    StringConstraints,
    Tag,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    with_config,
)
from pydantic.json_schema import SkipJsonSchema

SCHEMA_VERSION = 1

# Limits keep a hostile or mistaken bundle from exhausting memory or the layout engine.
MAX_TEXT = 20_000
MAX_SHORT = 300
MAX_ITEMS = 200_000

# Every class: no coercion ("1" is not 1, a list is a tuple only in JSON), no unknown keys.
STRICT = ConfigDict(strict=True, extra="forbid")

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


Id = Annotated[str, StringConstraints(pattern=_ID_RE)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_SHORT)]
LongText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]
PartialDate = Annotated[str, AfterValidator(check_partial_date)]
# A reference to something in the bundle: "partner:ID", "event:ID", "batch:ID",
# "source:ID" or "source:ID#SENTENCE", or a bare section name ("strategy", "programme").
Ref = Annotated[str, StringConstraints(pattern=r"^[a-z]+(:[A-Za-z0-9._-]+(#[A-Za-z0-9._-]+)?)?$")]


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class FileModel:
    """Root of one bundle file; `$schema` lets editors find the JSON Schema."""

    schema_ref: Annotated[str | None, Field(alias="$schema", max_length=MAX_SHORT)] = None


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    source: Annotated[Id, Field(description="Id of a source in sources.json.")]
    sentence: Annotated[
        Id | None, Field(description="Id of the cited sentence; required for sources with text.")
    ] = None
    note: ShortText | None = None


# Identical citation lists as one tuple: given to pydantic as the validation context.
CitationLists = dict[tuple[tuple[tuple[str, Any], ...], ...], tuple[Citation, ...]]


def shared_citation_list(
    value: Any, validate: ValidatorFunctionWrapHandler, info: ValidationInfo
) -> Any:
    """One tuple for identical lists of citations, in the files of a bundle (JSON) as they
    are read: the loader gives each load a `CitationLists` as the validation context.

    A roster of 100,000 people cites the same few lists of sources over and over; holding
    each distinct list once takes a third less memory, and the loader checks each once.
    """
    shared_lists = info.context
    if info.mode != "json" or type(value) is not list or type(shared_lists) is not dict:
        return validate(value)
    # A JSON array arrives here as a list; the strict tuple it becomes is validated as such.
    try:
        key = tuple(map(tuple, map(dict.items, value)))
        shared = shared_lists.get(key)
    except (TypeError, AttributeError):  # not objects of strings: validation reports it
        return validate(tuple(value))
    if shared is None:
        # Once valid (strict JSON), a citation holds strings and nulls only: an equal key
        # means an identical list. So every list of a loaded bundle is in `shared_lists`.
        shared = shared_lists[key] = validate(tuple(value))
    return shared


Citations = Annotated[tuple[Citation, ...], Len(1, 50), WrapValidator(shared_citation_list)]


# --- texts in two languages ---------------------------------------------------------------

CONTENT_LANGUAGES = ("en", "zh")


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class Localized:
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

    @classmethod
    def english(cls, text: str) -> Localized:
        """A plain string of a file: the text in English only. A short one is one object
        however often it is given: a large roster repeats the same few hundred roles."""
        return _shared_english(cls, text) if len(text) <= MAX_SHORT else cls(en=text)

    @property
    def texts(self) -> tuple[str, ...]:
        """Every language's text, English first: what search indexes."""
        return tuple(t for t in (self.en, self.zh) if t is not None)

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> Any:
        # Editors accept what the loader accepts: a plain string (English) or the object.
        # (A field's plain-string form is left out of its own schema: this says both.)
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


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class LocalizedShort(Localized):
    """A `Localized` title, label or other short text."""

    en: ShortText | None = None
    zh: ShortText | None = None


@lru_cache(maxsize=4096)  # bounded: at most 4096 texts of at most MAX_SHORT characters
def _shared_english(cls: type[Localized], text: str) -> Localized:
    return cls(en=text)


def check_localized(value: Localized) -> Localized:
    if value.en is None and value.zh is None:
        raise ValueError('give the text in at least one language: {"en": ..., "zh": ...}')
    return value


# The two forms of a text in a file, as they are labelled in pydantic's error locations
# (not identifiers, so that no field of the schema can be named so; the loader reports a
# text that is neither in the form the file used: gui/content/loader.py).
PLAIN_TEXT = "plain text"
TEXTS_BY_LANGUAGE = "texts by language"
NOT_A_TEXT = 'expected a text, or texts by language: {"en": ..., "zh": ...}'

# Checked by pydantic-core alone, JSON as it is parsed: a string (English), else an object
# of texts by language. Only the results pass through Python (`english`, `check_localized`).
# The JSON Schema is the class's, which says both forms (`Localized.__get_pydantic_json_schema__`).
LocalText = Annotated[
    Annotated[LongText, AfterValidator(Localized.english), Tag(PLAIN_TEXT), SkipJsonSchema()]
    | Annotated[Localized, AfterValidator(check_localized), Tag(TEXTS_BY_LANGUAGE)],
    Field(union_mode="left_to_right"),
]
LocalShort = Annotated[
    Annotated[ShortText, AfterValidator(LocalizedShort.english), Tag(PLAIN_TEXT), SkipJsonSchema()]
    | Annotated[LocalizedShort, AfterValidator(check_localized), Tag(TEXTS_BY_LANGUAGE)],
    Field(union_mode="left_to_right"),
]


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class CitedText:
    text: LocalText
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class QuotedText:
    """Wording quoted verbatim from a source, in the source's language."""

    text: ShortText
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class LaterNote:
    """Something that happened after the date the bundle describes (`as_of`): shown
    apart from the rest, with its date and its sources, never in place of what was so."""

    date: PartialDate
    text: LocalText
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class CitedDate:
    date: PartialDate
    citations: Citations


# --- sources.json ---------------------------------------------------------------------


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    id: Id
    paragraph: Annotated[int, Field(ge=1, le=MAX_ITEMS)]
    text: LongText


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    id: Id
    kind: Literal["article", "secondary"]
    title: Annotated[ShortText | None, Field(description="The source's own title, verbatim.")] = (
        None
    )
    description: LocalShort | None = None
    publisher: ShortText
    publisher_zh: ShortText | None = None
    date: PartialDate | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}(-[A-Za-z]{2,4})?$")]
    note: LocalText | None = None
    sentences: Annotated[tuple[Sentence, ...], Field(max_length=MAX_ITEMS)] = ()

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


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class SourcesFile(FileModel):
    sources: Annotated[tuple[Source, ...], Field(min_length=1, max_length=MAX_ITEMS)]


# --- bundle.json ----------------------------------------------------------------------


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class Highlight:
    id: Id
    value: LocalShort
    label: LocalShort
    text: LocalText
    target: Ref
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class BundleFile(FileModel):
    schema_version: Literal[1]
    id: Id
    version: ShortText
    title: ShortText
    title_zh: ShortText | None = None
    company: ShortText
    company_zh: ShortText | None = None
    announced: PartialDate
    as_of: Annotated[
        PartialDate | None,
        Field(
            description="The day the roster, roles and figures describe (usually the day of "
            "the announcement); what came later is shown apart, as later notes and events."
        ),
    ] = None
    headline: CitedText
    context: Annotated[tuple[CitedText, ...], Field(max_length=100)] = ()
    highlights: Annotated[tuple[Highlight, ...], Field(max_length=12)] = ()


# --- strategy.json --------------------------------------------------------------------


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class AlternativeName:
    text: Annotated[ShortText, Field(description="The name as the source spells it.")]
    note: LocalShort
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class Predecessor:
    name: ShortText
    name_zh: ShortText | None = None
    announced: PartialDate
    text: LocalText
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    id: Id
    title: LocalShort
    text: LocalText
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    id: Id
    text: Annotated[LongText, Field(description="The words as the source gives them.")]
    speaker: Annotated[Id, Field(description="Id of a partner in partners.json.")]
    translation: Annotated[
        LocalText | None,
        Field(
            description='Our translation, e.g. {"zh": "..."}: shown labelled as a '
            "translation, never as the speaker's own words."
        ),
    ] = None
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class Principle:
    id: Id
    title: ShortText
    title_zh: ShortText | None = None
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class StrategyFile(FileModel):
    id: Id
    name: ShortText
    name_zh: ShortText | None = None
    name_citations: Citations
    alternative_names: Annotated[tuple[AlternativeName, ...], Field(max_length=20)] = ()
    announced: PartialDate
    summary: CitedText
    predecessor: Predecessor | None = None
    statements: Annotated[tuple[Statement, ...], Field(min_length=1, max_length=1000)]
    quotes: Annotated[tuple[Quote, ...], Field(max_length=1000)] = ()
    principles: Annotated[tuple[Principle, ...], Field(max_length=50)] = ()
    principles_note: CitedText | None = None
    later: Annotated[
        tuple[LaterNote, ...], Field(max_length=100, description="What came after, dated.")
    ] = ()


# --- partners.json --------------------------------------------------------------------


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class Cohort:
    id: Id
    label: LocalShort
    short_label: Annotated[LocalShort | None, Field(description="For the roster's column.")] = None
    text: LocalText
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class Role:
    text: LocalText
    wording: Annotated[
        QuotedText | None,
        Field(
            description="The role as a source words it, verbatim, where that differs from "
            "`text`: shown as quoted wording."
        ),
    ] = None
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class Partner:
    id: Id
    name: ShortText
    name_zh: ShortText
    cohort: Annotated[Id, Field(description="Id of a cohort in this file.")]
    partner_since: Annotated[
        PartialDate | None,
        Field(description="When the person became a partner; null where the sources do not say."),
    ]
    joined_company: CitedDate | None = None
    roles: Annotated[
        tuple[Role, ...],
        Field(
            min_length=1,
            max_length=20,
            description="Role(s) as of the bundle's `as_of` date, in our clean wording.",
        ),
    ]
    notes: Annotated[tuple[CitedText, ...], Field(max_length=50)] = ()
    later: Annotated[
        tuple[LaterNote, ...], Field(max_length=50, description="What came after, dated.")
    ] = ()
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class PartnersFile(FileModel):
    cohorts: Annotated[tuple[Cohort, ...], Field(min_length=1, max_length=100)]
    system: CitedText | None = None
    partners: Annotated[tuple[Partner, ...], Field(min_length=1, max_length=MAX_ITEMS)]


# --- programme.json -------------------------------------------------------------------


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class ProgrammeFact:
    id: Id
    topic: Literal["who", "criteria", "reward", "aim", "other"]
    title: LocalShort
    text: LocalText
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class CitedCount:
    count: Annotated[int, Field(ge=0)]
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class Batch:
    id: Id
    title: LocalShort
    date: PartialDate
    shares: Annotated[int | None, Field(ge=0)] = None
    recipients: Annotated[int | None, Field(ge=0)] = None
    vesting: LocalShort | None = None
    text: LocalText
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class ProgrammeMember:
    """One person in the programme: a large company may list tens of thousands."""

    id: Id
    name: ShortText
    name_zh: ShortText | None = None
    batch: Annotated[
        Id | None, Field(description="Id of the batch in this file that granted the member shares.")
    ] = None
    role: LocalShort | None = None
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class ProgrammeFile(FileModel):
    id: Id
    name: ShortText
    name_zh: ShortText | None = None
    name_citations: Citations
    summary: CitedText
    selected: CitedCount | None = None
    facts: Annotated[tuple[ProgrammeFact, ...], Field(min_length=1, max_length=1000)]
    caveat: CitedText | None = None
    batches: Annotated[tuple[Batch, ...], Field(max_length=1000)] = ()
    members: Annotated[
        tuple[ProgrammeMember, ...],
        Field(max_length=MAX_ITEMS, description="The people in the programme, if listed."),
    ] = ()


# --- events.json ----------------------------------------------------------------------


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    id: Id
    date: PartialDate
    title: LocalShort
    text: LocalText
    refs: Annotated[tuple[Ref, ...], Field(max_length=100)] = ()
    citations: Citations


@with_config(STRICT)
@dataclass(frozen=True, slots=True, kw_only=True)
class EventsFile(FileModel):
    events: Annotated[tuple[Event, ...], Field(min_length=1, max_length=MAX_ITEMS)]


# The bundle's files, in the order they are loaded and reported.
BUNDLE_FILES: dict[str, type[FileModel]] = {
    "bundle.json": BundleFile,
    "sources.json": SourcesFile,
    "strategy.json": StrategyFile,
    "partners.json": PartnersFile,
    "programme.json": ProgrammeFile,
    "events.json": EventsFile,
}
