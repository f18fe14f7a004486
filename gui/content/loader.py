"""Turn a bundle folder into one `Content`, or one `BundleError` listing every problem.

Problems are collected, not raised one at a time, so an author fixes a bundle in one pass.
Each is reported as `file: location: message`, the way a compiler reports errors.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any, cast

from pydantic_core import ValidationError

from .archive import ArchiveError, is_archive_path, read_members
from .content import Content
from .schema import (
    BUNDLE_FILES,
    NOT_A_TEXT,
    PLAIN_TEXT,
    TEXTS_BY_LANGUAGE,
    AlternativeName,
    BundleFile,
    Citation,
    CitationLists,
    EventsFile,
    FileModel,
    PartnersFile,
    Principle,
    ProgrammeFile,
    Quote,
    SourcesFile,
    Statement,
    StrategyFile,
)
from .validation import validator

# Room for a roster of 100,000+ people (about 350 bytes each), not for an unbounded file.
MAX_FILE_BYTES = 64 * 1024 * 1024
_MAX_REPORTED_INPUT = 40
_PLAIN_KEY_RE = re.compile(r"^[$A-Za-z_][$A-Za-z0-9_-]{0,99}$")
_JSON_ERROR_RE = re.compile(r"^(?P<what>.*) at line (?P<line>\d+) column (?P<column>\d+)$")


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    location: str
    message: str

    def __str__(self) -> str:
        if self.location:
            return f"{self.file}: {self.location}: {self.message}"
        return f"{self.file}: {self.message}"


class BundleError(Exception):
    """A bundle could not be loaded. `problems` lists everything found wrong."""

    def __init__(self, folder: Path, problems: list[Problem]) -> None:
        self.folder = folder
        self.problems = problems
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        head = f"{self.folder}: {count} problem{'s' if count != 1 else ''} in the content bundle"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])


def load_bundle(folder: Path | str) -> Content:
    """Load and check the bundle in `folder`; raise `BundleError` if anything is wrong."""
    folder = Path(folder)
    problems: list[Problem] = []
    cited: CitationLists = {}  # every distinct citation list, as validation meets it
    files = _read_files(folder, problems, cited)
    if problems or len(files) != len(BUNDLE_FILES):
        raise BundleError(folder, _in_archive(folder, problems))
    content = Content(
        bundle=cast(BundleFile, files["bundle.json"]),
        sources_file=cast(SourcesFile, files["sources.json"]),
        strategy=cast(StrategyFile, files["strategy.json"]),
        partners_file=cast(PartnersFile, files["partners.json"]),
        programme=cast(ProgrammeFile, files["programme.json"]),
        events_file=cast(EventsFile, files["events.json"]),
        origin=str(folder),
    )
    problems.extend(check_references(content, cited.values()))
    if problems:
        raise BundleError(folder, _in_archive(folder, problems))
    return content


def check_bundle(folder: Path | str) -> list[Problem]:
    """Every problem in the bundle at `folder`; empty when it loads cleanly."""
    try:
        load_bundle(folder)
    except BundleError as error:
        return error.problems
    return []


def _read_files(
    folder: Path, problems: list[Problem], cited: CitationLists
) -> dict[str, FileModel]:
    try:
        if is_archive_path(folder):  # a one-file bundle (archive.py)
            return _read_archive(folder, problems, cited)
        return _read_folder(folder, problems, cited)
    except OSError as error:  # a folder that cannot be listed or entered, a dying disk
        problems.append(Problem(str(folder), "", f"cannot be read ({error.strerror or error})"))
        return {}


def _read_archive(
    path: Path, problems: list[Problem], cited: CitationLists
) -> dict[str, FileModel]:
    try:
        members = read_members(path, frozenset(BUNDLE_FILES), MAX_FILE_BYTES)
    except ArchiveError as error:
        where = f"{path.name}/{error.member}" if error.member else str(path)
        problems.append(Problem(where, "", error.message))
        return {}
    files: dict[str, FileModel] = {}
    for name in BUNDLE_FILES:
        if name not in members:
            problems.append(Problem(name, "", "file missing"))
            continue
        parsed = _validate(name, members[name].removeprefix(codecs.BOM_UTF8), problems, cited)
        if parsed is not None:
            files[name] = parsed
    return files


def _in_archive(path: Path, problems: list[Problem]) -> list[Problem]:
    """A one-file bundle's problems name the member: `my.strategy/partners.json`."""
    if not is_archive_path(path):
        return problems
    return [
        Problem(f"{path.name}/{p.file}", p.location, p.message) if p.file in BUNDLE_FILES else p
        for p in problems
    ]


def _read_folder(
    folder: Path, problems: list[Problem], cited: CitationLists
) -> dict[str, FileModel]:
    if not folder.exists():
        problems.append(Problem(str(folder), "", "no such folder"))
        return {}
    if not folder.is_dir():
        problems.append(Problem(str(folder), "", "not a folder"))
        return {}
    # Checked up front: otherwise the first file's stat() fails (chmod 000, or a folder
    # without its execute bit) and every file would report the same.
    if not os.access(folder, os.R_OK | os.X_OK):
        problems.append(Problem(str(folder), "", "cannot be read (permission denied)"))
        return {}
    root = folder.resolve()
    files: dict[str, FileModel] = {}
    for name in BUNDLE_FILES:
        text = _read_text(root, name, problems)
        parsed = _validate(name, text, problems, cited) if text is not None else None
        if parsed is not None:
            files[name] = parsed
    return files


def _read_text(root: Path, name: str, problems: list[Problem]) -> bytes | None:
    path = root / name

    def fail(message: str) -> None:
        problems.append(Problem(name, "", message))

    if not path.exists() and not path.is_symlink():
        fail("file missing")
        return None
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        fail("broken link")
        return None
    # A link may point to another file of the bundle, but never out of it: a bundle must
    # not be able to make the app read arbitrary files.
    if real.parent != root and root not in real.parents:
        fail("links outside the bundle folder")
        return None
    if not real.is_file():
        fail("not a regular file")
        return None
    try:
        size = real.stat().st_size
        if size > MAX_FILE_BYTES:
            fail(f"too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
            return None
        raw = real.read_bytes()
    except PermissionError:
        fail("cannot be read (permission denied)")
        return None
    except OSError as exc:
        fail(f"cannot be read ({exc.strerror or exc})")
        return None
    # Parsed as bytes: decoded, a file of Chinese text would take twice its size. The parser
    # takes only UTF-8, and a file it rejects is checked for what is wrong (see _validate).
    return raw.removeprefix(codecs.BOM_UTF8)


def _validate(
    name: str, text: bytes, problems: list[Problem], cited: CitationLists
) -> FileModel | None:
    try:
        # The context collects identical citation lists as one (schema.shared_citation_list).
        return cast(FileModel, validator(name).validate_json(text, context=cited))
    except ValidationError as error:
        invalid = next((e for e in error.errors() if e["type"] == "json_invalid"), None)
        if invalid is not None:
            problems.append(Problem(name, "", _unreadable_message(text, invalid)))
        else:
            errors = _without_echoes(_in_the_form_given(error.errors()))
            problems.extend(Problem(name, _location(e["loc"]), _message(e)) for e in errors)
    except RecursionError:
        problems.append(Problem(name, "", "invalid JSON: nested too deeply"))
    return None


def _in_the_form_given(errors: list[Any]) -> list[Any]:
    """A text is a plain string or an object of texts by language (schema.py's `LocalText`):
    when neither fits, pydantic reports why it is not each, under each form's label. Keep
    the form the file used, at the text's own location (`text.en`, not
    `text["texts by language"].en`); a value of neither form is one problem, "expected a
    text".

    The plain form always fails with one string error that ends with its label: that
    marks where such a text is. The label is no identifier, so no field can end so.
    """
    texts = {
        tuple(e["loc"][:-1]): e
        for e in errors
        if e["loc"] and e["loc"][-1] == PLAIN_TEXT and e["type"].startswith("string_")
    }
    if not texts:
        return errors
    out = []
    for e in errors:
        loc = tuple(e["loc"])
        if loc[:-1] in texts and loc[-1] == PLAIN_TEXT:
            if e["type"] != "string_type":  # a string, too short or too long
                out.append({**e, "loc": loc[:-1]})
            elif not isinstance(e.get("input"), dict):  # neither form
                out.append({**e, "loc": loc[:-1], "type": "not_a_text", "msg": NOT_A_TEXT})
            continue
        by_language = next(
            (i for i in range(len(loc)) if loc[i] == TEXTS_BY_LANGUAGE and loc[:i] in texts), None
        )
        if by_language is None:
            out.append(e)
        elif isinstance(texts[loc[:by_language]].get("input"), dict):  # an object was given
            out.append({**e, "loc": loc[:by_language] + loc[by_language + 1 :]})
    return out


def _without_echoes(errors: list[Any]) -> list[Any]:
    """Drop "too short" for a list whose items had errors of their own.

    pydantic checks a list's length after dropping its invalid items, so one bad partner
    in a one-partner file also reports "partners: should have at least 1 item": an echo
    of the real problem that would send an author looking for a missing item.
    """
    item_parents = {tuple(e["loc"][:-1]) for e in errors if e["loc"]} | {
        tuple(e["loc"][:i]) for e in errors for i in range(1, len(e["loc"]))
    }
    return [e for e in errors if not (e["type"] == "too_short" and tuple(e["loc"]) in item_parents)]


def _unreadable_message(text: bytes, error: Any) -> str:
    """Why the JSON parser rejected a file: not UTF-8 (said first: an author who saved the
    file in another encoding cannot see it), or where its syntax is wrong."""
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = text[: exc.start].count(b"\n") + 1
        return f"not valid UTF-8 (byte {exc.start} on line {line}); save the file as UTF-8"
    return _json_syntax_message(decoded, error)


def _json_syntax_message(text: str, error: Any) -> str:
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return f"line {exc.lineno}, column {exc.colno}: invalid JSON: {exc.msg}"
    except (RecursionError, ValueError):
        pass  # nested too deeply, or a number too long for Python's int conversion
    # The standard parser accepts a few things pydantic's does not (deep nesting, lone
    # surrogates, huge numbers), or rejects them differently: use pydantic's own words.
    detail = str(error.get("ctx", {}).get("error", ""))
    match = _JSON_ERROR_RE.match(detail)
    if match is None:
        return f"invalid JSON: {detail}" if detail else "invalid JSON"
    what = match["what"]
    if what == "recursion limit exceeded":
        what = "nested too deeply"
    return f"line {match['line']}, column {match['column']}: invalid JSON: {what}"


def _location(loc: Iterable[int | str]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN_KEY_RE.match(part):
            out += f".{part}" if out else part
        else:
            # An unknown key is whatever the file says: quote it, so that a newline or a
            # megabyte in a key cannot break the one-problem-per-line report.
            out += f"[{_shown(part)}]"
    return out


def _shown(value: str | int | float | bool | None) -> str:
    """A value as JSON on one printable line, shortened to _MAX_REPORTED_INPUT."""
    shown = json.dumps(value, ensure_ascii=False)
    shown = "".join(c if c.isprintable() else _json_escape(c) for c in shown)
    if len(shown) > _MAX_REPORTED_INPUT:
        shown = shown[: _MAX_REPORTED_INPUT - 1] + "…"
    return shown


def _json_escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000  # beyond the BMP: a surrogate pair, as JSON spells it
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _message(error: Any) -> str:
    kind = error["type"]
    if kind == "missing":
        return "field required"
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):  # a model, a dataclass
        return "unknown field (not in the schema)"
    msg = str(error["msg"])
    msg = msg[:1].lower() + msg[1:]
    msg = msg.removeprefix("value error, ")
    value = error.get("input")
    if isinstance(value, (str, int, float, bool)) or value is None:
        msg += f" (got {_shown(value)})"
    return msg


# --- cross-references -------------------------------------------------------------------


def check_references(
    content: Content, citation_lists: Iterable[tuple[Citation, ...]] | None = None
) -> list[Problem]:
    """Problems that span files: duplicate ids, unknown sources, sentences and refs.

    `citation_lists`, where known, are all the distinct lists of citations that `content`
    holds (load_bundle's validation collects them): when none of them has a problem, the
    content is not walked for every place that cites one.
    """
    problems: list[Problem] = []
    problems += _duplicates(content)
    if citation_lists is None or any(
        _citation_problem(content, citation) for cited in citation_lists for citation in cited
    ):
        problems += _check_citations(content)
    # A roster's people are walked only when one names an unknown cohort or batch.
    cohorts = {c.id for c in content.cohorts}
    if not set(map(_COHORT, content.partners)) <= cohorts:
        for i, partner in enumerate(content.partners):
            if partner.cohort not in cohorts:
                problems.append(
                    Problem(
                        "partners.json",
                        f"partners[{i}].cohort",
                        f"unknown cohort {partner.cohort!r}",
                    )
                )
    batches = {b.id for b in content.programme.batches}
    if not set(map(_BATCH, content.programme.members)) <= {None, *batches}:
        for i, member in enumerate(content.programme.members):
            if member.batch is not None and member.batch not in batches:
                problems.append(
                    Problem(
                        "programme.json", f"members[{i}].batch", f"unknown batch {member.batch!r}"
                    )
                )
    for i, quote in enumerate(content.strategy.quotes):
        if content.partner(quote.speaker) is None:
            problems.append(
                Problem(
                    "strategy.json", f"quotes[{i}].speaker", f"unknown partner {quote.speaker!r}"
                )
            )
    for i, highlight in enumerate(content.bundle.highlights):
        if content.resolve(highlight.target) is None:
            problems.append(
                Problem(
                    "bundle.json", f"highlights[{i}].target", f"unknown target {highlight.target!r}"
                )
            )
    for i, event in enumerate(content.events_file.events):
        for j, ref in enumerate(event.refs):
            if content.resolve(ref) is None:
                problems.append(
                    Problem("events.json", f"events[{i}].refs[{j}]", f"unknown target {ref!r}")
                )
    return problems


_ID = attrgetter("id")
_COHORT = attrgetter("cohort")
_BATCH = attrgetter("batch")


def _duplicates(content: Content) -> Iterator[Problem]:
    groups: list[tuple[str, str, Iterable[Any]]] = [
        ("sources.json", "sources", content.sources),
        ("bundle.json", "highlights", content.bundle.highlights),
        ("strategy.json", "statements", content.strategy.statements),
        ("strategy.json", "quotes", content.strategy.quotes),
        ("strategy.json", "principles", content.strategy.principles),
        ("partners.json", "cohorts", content.cohorts),
        ("partners.json", "partners", content.partners),
        ("programme.json", "facts", content.programme.facts),
        ("programme.json", "batches", content.programme.batches),
        ("programme.json", "members", content.programme.members),
        ("events.json", "events", content.events_file.events),
    ]
    groups += [
        ("sources.json", f"sources[{i}].sentences", source.sentences)
        for i, source in enumerate(content.sources)
    ]
    for file, where, items in groups:
        ids = list(map(_ID, items))
        if len(set(ids)) == len(ids):  # the usual case, checked by C loops alone
            continue
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.id in seen:
                yield Problem(file, f"{where}[{i}].id", f"duplicate id {item.id!r}")
            seen.add(item.id)


def _citations(content: Content) -> Iterator[tuple[str, str, tuple[Citation, ...]]]:
    """Every citation list in the bundle, with the file and location that hold it."""
    for file, where, citations in _citation_lists(content):
        yield file, _location(where), citations


_Where = tuple[str | int, ...]


def _citation_lists(content: Content) -> Iterator[tuple[str, _Where, tuple[Citation, ...]]]:
    """Every citation list in the bundle, with the file and the path to it (formatted only
    when there is a problem to report).

    Spelled out rather than found by reflection: it runs over every partner of a large
    bundle, and an explicit walk is several times faster.
    """
    b = content.bundle
    yield "bundle.json", ("headline", "citations"), b.headline.citations
    for i, context in enumerate(b.context):
        yield "bundle.json", ("context", i, "citations"), context.citations
    for i, highlight in enumerate(b.highlights):
        yield "bundle.json", ("highlights", i, "citations"), highlight.citations

    s = content.strategy
    yield "strategy.json", ("name_citations",), s.name_citations
    yield "strategy.json", ("summary", "citations"), s.summary.citations
    if s.predecessor:
        yield "strategy.json", ("predecessor", "citations"), s.predecessor.citations
    if s.principles_note:
        yield "strategy.json", ("principles_note", "citations"), s.principles_note.citations
    for i, later in enumerate(s.later):
        yield "strategy.json", ("later", i, "citations"), later.citations
    for field_name, items in (
        ("alternative_names", s.alternative_names),
        ("statements", s.statements),
        ("quotes", s.quotes),
        ("principles", s.principles),
    ):
        entries: Sequence[AlternativeName | Statement | Quote | Principle] = items
        for i, cited in enumerate(entries):
            yield "strategy.json", (field_name, i, "citations"), cited.citations

    p = content.partners_file
    if p.system:
        yield "partners.json", ("system", "citations"), p.system.citations
    for i, cohort in enumerate(p.cohorts):
        yield "partners.json", ("cohorts", i, "citations"), cohort.citations
    for i, partner in enumerate(p.partners):
        where = ("partners", i)
        yield "partners.json", (*where, "citations"), partner.citations
        if partner.joined_company:
            yield (
                "partners.json",
                (*where, "joined_company", "citations"),
                partner.joined_company.citations,
            )
        for j, role in enumerate(partner.roles):
            yield "partners.json", (*where, "roles", j, "citations"), role.citations
            if role.wording:
                yield (
                    "partners.json",
                    (*where, "roles", j, "wording", "citations"),
                    role.wording.citations,
                )
        for j, note in enumerate(partner.notes):
            yield "partners.json", (*where, "notes", j, "citations"), note.citations
        for j, later in enumerate(partner.later):
            yield "partners.json", (*where, "later", j, "citations"), later.citations

    g = content.programme
    yield "programme.json", ("name_citations",), g.name_citations
    yield "programme.json", ("summary", "citations"), g.summary.citations
    if g.selected:
        yield "programme.json", ("selected", "citations"), g.selected.citations
    if g.caveat:
        yield "programme.json", ("caveat", "citations"), g.caveat.citations
    for i, fact in enumerate(g.facts):
        yield "programme.json", ("facts", i, "citations"), fact.citations
    for i, batch in enumerate(g.batches):
        yield "programme.json", ("batches", i, "citations"), batch.citations
    for i, member in enumerate(g.members):
        yield "programme.json", ("members", i, "citations"), member.citations

    for i, event in enumerate(content.events_file.events):
        yield "events.json", ("events", i, "citations"), event.citations


def _check_citations(content: Content) -> Iterator[Problem]:
    # A large roster cites the same few (shared) lists of (shared) citations over and over:
    # check each list and each citation once, and format a location only for a problem.
    verdicts: dict[int, tuple[str, str] | None] = {}
    by_list: dict[int, list[tuple[int, str, str]]] = {}

    def check(citation: Citation) -> tuple[str, str] | None:
        key = id(citation)
        if key not in verdicts:
            verdicts[key] = _citation_problem(content, citation)
        return verdicts[key]

    for file, where, citations in _citation_lists(content):
        found = by_list.get(id(citations))
        if found is None:
            found = by_list[id(citations)] = [
                (k, *verdict)
                for k, citation in enumerate(citations)
                if (verdict := check(citation)) is not None
            ]
        for k, field, message in found:
            yield Problem(file, _location((*where, k, field)), message)


def _citation_problem(content: Content, citation: Citation) -> tuple[str, str] | None:
    """(field, message) of what is wrong with one citation, or None."""
    source = content.source(citation.source)
    if source is None:
        return "source", f"unknown source {citation.source!r}"
    if citation.sentence is None:
        if source.sentences:
            return "sentence", f"field required: source {source.id!r} has text; cite a sentence"
        return None
    if content.sentence(source.id, citation.sentence) is None:
        return "sentence", f"unknown sentence {citation.sentence!r} in source {source.id!r}"
    return None
