"""The bundle loader: the bundled data loads, and every kind of broken bundle is reported
as `file: location: message`, all problems at once."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from gui.content import BundleError, Problem, check_bundle, load_bundle
from gui.content import loader as loader_module
from gui.content.schema import BUNDLE_FILES

if TYPE_CHECKING:  # the `bundle` fixture's type; tests get it from tests/content/conftest.py
    from conftest import BundleCopy


def test_bundled_data_loads(data_dir: Path) -> None:
    content = load_bundle(data_dir)
    assert content.origin == str(data_dir)
    assert content.bundle.id == "xiaomi-2020-08"
    assert len(content.partners) == 9
    assert check_bundle(data_dir) == []


def test_copy_of_bundled_data_loads(bundle: BundleCopy) -> None:
    """The fixture every other test starts from is itself valid."""
    assert len(bundle.load().partners) == 9


# --- the folder and its files ------------------------------------------------------------


def test_missing_folder(tmp_path: Path) -> None:
    folder = tmp_path / "nowhere"
    with pytest.raises(BundleError) as info:
        load_bundle(folder)
    assert info.value.problems == [Problem(str(folder), "", "no such folder")]
    assert check_bundle(folder) == info.value.problems


def test_path_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "bundle.json"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(BundleError) as info:
        load_bundle(path)
    assert [str(p) for p in info.value.problems] == [f"{path}: not a folder"]


def test_missing_file(bundle: BundleCopy) -> None:
    bundle.remove("partners.json")
    assert bundle.problems() == ["partners.json: file missing"]


def test_every_file_missing_is_reported(tmp_path: Path) -> None:
    with pytest.raises(BundleError) as info:
        load_bundle(tmp_path)
    assert [str(p) for p in info.value.problems] == [
        f"{name}: file missing" for name in BUNDLE_FILES
    ]


def test_directory_where_a_file_should_be(bundle: BundleCopy) -> None:
    bundle.remove("events.json")
    bundle.path("events.json").mkdir()
    assert bundle.problems() == ["events.json: not a regular file"]


def test_file_over_the_size_limit(bundle: BundleCopy, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader_module, "MAX_FILE_BYTES", 1000)
    small = '{"events": []}'
    bundle.write_text("events.json", small)
    problems = bundle.problems()
    # Every file but the small one is over the limit; the small one still gets checked.
    size = bundle.path("partners.json").stat().st_size
    assert f"partners.json: too large ({size:,} bytes; the limit is 1,000)" in problems
    assert not any(p.startswith("events.json: too large") for p in problems)
    assert "events.json: events: tuple should have at least 1 item after validation, not 0" in (
        problems
    )


def _fail_reading(monkeypatch: pytest.MonkeyPatch, name: str, error: OSError) -> None:
    """Make reading one file fail as it would on a real system.

    Patched rather than done with chmod 000, which root (and so many CI containers)
    reads regardless.
    """
    read_bytes = Path.read_bytes

    def fake(self: Path) -> bytes:
        if self.name == name:
            raise error
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", fake)


def test_unreadable_file(bundle: BundleCopy, monkeypatch: pytest.MonkeyPatch) -> None:
    _fail_reading(monkeypatch, "sources.json", PermissionError(errno.EACCES, "Permission denied"))
    assert bundle.problems() == ["sources.json: cannot be read (permission denied)"]


def test_read_error(bundle: BundleCopy, monkeypatch: pytest.MonkeyPatch) -> None:
    _fail_reading(monkeypatch, "sources.json", OSError(errno.EIO, "Input/output error"))
    assert bundle.problems() == ["sources.json: cannot be read (Input/output error)"]


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode"
)
@pytest.mark.skipif(os.name == "nt", reason="chmod cannot make a file unreadable on Windows")
def test_unreadable_file_for_real(bundle: BundleCopy) -> None:
    path = bundle.path("sources.json")
    path.chmod(0)
    try:
        assert bundle.problems() == ["sources.json: cannot be read (permission denied)"]
    finally:
        path.chmod(0o644)


# --- links ---------------------------------------------------------------------------------


def _symlink(link: Path, target: Path) -> None:
    try:
        link.symlink_to(target)
    except (OSError, NotImplementedError) as exc:  # Windows without the privilege
        pytest.skip(f"cannot create symbolic links here: {exc}")


def test_link_outside_the_bundle_is_refused(bundle: BundleCopy, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere" / "partners.json"
    outside.parent.mkdir()
    outside.write_bytes(bundle.path("partners.json").read_bytes())
    bundle.remove("partners.json")
    _symlink(bundle.path("partners.json"), outside)
    assert bundle.problems() == ["partners.json: links outside the bundle folder"]


def test_relative_link_escaping_the_bundle_is_refused(bundle: BundleCopy) -> None:
    (bundle.folder.parent / "stolen.json").write_text('{"events": []}', encoding="utf-8")
    bundle.remove("events.json")
    _symlink(bundle.path("events.json"), Path("..") / "stolen.json")
    assert bundle.problems() == ["events.json: links outside the bundle folder"]


def test_link_inside_the_bundle_is_followed(bundle: BundleCopy) -> None:
    real = bundle.folder / "files" / "partners.json"
    real.parent.mkdir()
    bundle.path("partners.json").rename(real)
    _symlink(bundle.path("partners.json"), Path("files") / "partners.json")
    assert len(bundle.load().partners) == 9


def test_broken_link(bundle: BundleCopy) -> None:
    bundle.remove("events.json")
    _symlink(bundle.path("events.json"), bundle.folder / "gone.json")
    assert bundle.problems() == ["events.json: broken link"]


def test_bundle_folder_reached_through_a_link(bundle: BundleCopy, tmp_path: Path) -> None:
    """The folder itself may be a link; its files are then judged against its real path."""
    link = tmp_path / "current"
    _symlink(link, bundle.folder)
    assert len(load_bundle(link).partners) == 9


# --- text and JSON syntax -------------------------------------------------------------------


def test_invalid_json_names_line_and_column(bundle: BundleCopy) -> None:
    text = bundle.path("partners.json").read_text(encoding="utf-8")
    broken = text.replace('"name": "Lei Jun",', '"name": "Lei Jun"', 1)
    assert broken != text
    bundle.write_text("partners.json", broken)
    lines = broken.splitlines()
    line = next(i for i, t in enumerate(lines, 1) if '"name_zh": "雷军"' in t)
    column = lines[line - 1].index('"name_zh"') + 1
    assert bundle.problems() == [
        f"partners.json: line {line}, column {column}: invalid JSON: Expecting ',' delimiter"
    ]


def test_empty_file(bundle: BundleCopy) -> None:
    bundle.write_text("strategy.json", "")
    assert bundle.problems() == ["strategy.json: line 1, column 1: invalid JSON: Expecting value"]


def test_truncated_file(bundle: BundleCopy) -> None:
    text = bundle.path("events.json").read_text(encoding="utf-8")
    bundle.write_text("events.json", text[: len(text) // 2])
    [problem] = bundle.problems()
    assert re.fullmatch(r"events\.json: line \d+, column \d+: invalid JSON: .+", problem)


def test_latin1_file_is_not_valid_utf8(bundle: BundleCopy) -> None:
    text = bundle.path("events.json").read_text(encoding="utf-8")
    text = text.replace("Pledge raised", "Pledge \u00e9lev\u00e9")
    raw = text.encode("latin-1", errors="replace")
    bundle.write_bytes("events.json", raw)
    line = raw[: raw.index(b"\xe9")].count(b"\n") + 1
    [problem] = bundle.problems()
    assert problem.startswith("events.json: not valid UTF-8 (byte ")
    assert problem.endswith(f" on line {line}); save the file as UTF-8")


def test_utf8_byte_order_mark_is_accepted(bundle: BundleCopy) -> None:
    bundle.write_bytes("events.json", b"\xef\xbb\xbf" + bundle.path("events.json").read_bytes())
    assert len(bundle.load().events) == 9


@pytest.mark.parametrize("depth", [300, 100_000])
def test_deep_nesting(bundle: BundleCopy, depth: int) -> None:
    """Too deep for the parser: reported, never a RecursionError or a crash."""
    bundle.write_text("events.json", '{"events": ' + "[" * depth + "]" * depth + "}")
    [problem] = bundle.problems()
    assert re.fullmatch(
        r"events\.json: line 1, column \d+: invalid JSON: nested too deeply", problem
    ), problem


def test_number_too_long(bundle: BundleCopy) -> None:
    """A number longer than Python converts (4,300 digits) is reported, not raised."""
    bundle.edit("programme.json", lambda d: d["selected"].update(count=0))
    text = bundle.path("programme.json").read_text(encoding="utf-8")
    bundle.write_text("programme.json", text.replace('"count": 0', '"count": ' + "9" * 5000))
    [problem] = bundle.problems()
    assert re.fullmatch(
        r"programme\.json: line \d+, column \d+: invalid JSON: number out of range", problem
    ), problem


def test_lone_surrogate_escape(bundle: BundleCopy) -> None:
    text = bundle.path("events.json").read_text(encoding="utf-8")
    bundle.write_text("events.json", text.replace("Pledge raised", "\\ud800 raised", 1))
    [problem] = bundle.problems()
    assert re.fullmatch(r"events\.json: line \d+, column \d+: invalid JSON: .+", problem)


@pytest.mark.parametrize("text", ["[]", "42", '"events"', "null"])
def test_top_level_must_be_an_object(bundle: BundleCopy, text: str) -> None:
    bundle.write_text("events.json", text)
    [problem] = bundle.problems()
    assert problem.startswith("events.json: input should be an object")


# --- schema ----------------------------------------------------------------------------------


def test_missing_field_message_format(bundle: BundleCopy) -> None:
    bundle.edit("partners.json", lambda d: d["partners"][3].pop("name_zh"))
    problems = bundle.error().problems
    assert problems == [Problem("partners.json", "partners[3].name_zh", "field required")]
    assert str(problems[0]) == "partners.json: partners[3].name_zh: field required"


@pytest.mark.parametrize(
    ("file", "change", "expected"),
    [
        (
            "partners.json",
            lambda d: d["partners"][3].update(name_zh=42),
            "partners.json: partners[3].name_zh: input should be a valid string (got 42)",
        ),
        (
            "programme.json",
            lambda d: d["selected"].update(count="100"),
            'programme.json: selected.count: input should be a valid integer (got "100")',
        ),
        (
            "programme.json",
            lambda d: d["batches"][0].update(shares=-1),
            "programme.json: batches[0].shares: input should be greater than or equal to 0"
            " (got -1)",
        ),
        (
            "sources.json",
            lambda d: d["sources"][1].update(kind="blog"),
            "sources.json: sources[1].kind: input should be 'article' or 'secondary'"
            ' (got "blog")',
        ),
        (
            "bundle.json",
            lambda d: d.update(schema_version=2),
            "bundle.json: schema_version: input should be 1 (got 2)",
        ),
        (
            "events.json",
            lambda d: d["events"][0].update(refs="strategy"),
            'events.json: events[0].refs: input should be a valid array (got "strategy")',
        ),
        (
            "strategy.json",
            lambda d: d["statements"][0].update(citations=[]),
            "strategy.json: statements[0].citations: tuple should have at least 1 item after"
            " validation, not 0",
        ),
        (
            "partners.json",
            lambda d: d["partners"][0].update(id="lei jun"),
            "partners.json: partners[0].id: string should match pattern"
            " '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$' (got \"lei jun\")",
        ),
        (
            "bundle.json",
            lambda d: d.update(title="x" * 301),
            'bundle.json: title: string should have at most 300 characters (got "xxxxxxxx'
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…)",
        ),
    ],
    ids=["str", "int", "ge", "literal", "version", "tuple", "no-citations", "id", "long"],
)
def test_wrong_types(bundle: BundleCopy, file: str, change: Any, expected: str) -> None:
    bundle.edit(file, change)
    assert bundle.problems() == [expected]


def test_unknown_field(bundle: BundleCopy) -> None:
    bundle.edit("events.json", lambda d: d["events"][2].update(colour="red"))
    assert bundle.problems() == ["events.json: events[2].colour: unknown field (not in the schema)"]


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("line\nbreak", '["line\\nbreak"]'),
        ("two words", '["two words"]'),
        ("sep\u2028arator", '["sep\\u2028arator"]'),
        ("k" * 500, '["' + "k" * 38 + "…]"),
        ("名字", '["名字"]'),
    ],
    ids=["newline", "space", "line-separator", "long", "cjk"],
)
def test_unknown_field_with_an_odd_name_stays_on_one_line(
    bundle: BundleCopy, key: str, shown: str
) -> None:
    bundle.edit("events.json", lambda d: d["events"][2].update({key: 1}))
    error = bundle.error()
    assert [str(p) for p in error.problems] == [
        f"events.json: events[2]{shown}: unknown field (not in the schema)"
    ]
    assert len(error.report().splitlines()) == 2


def test_input_with_a_newline_stays_on_one_line(bundle: BundleCopy) -> None:
    bundle.edit("events.json", lambda d: d["events"][0].update(date="2020\n01"))
    assert bundle.problems() == [
        "events.json: events[0].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD"
        ' (got "2020\\n01")'
    ]


def test_unknown_top_level_field(bundle: BundleCopy) -> None:
    bundle.edit("strategy.json", lambda d: d.update(version="2"))
    assert bundle.problems() == ["strategy.json: version: unknown field (not in the schema)"]


def test_schema_key_is_optional(bundle: BundleCopy) -> None:
    bundle.edit("events.json", lambda d: d.pop("$schema"))
    assert bundle.load().events_file.schema_ref is None


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2020-13-01", "not a real date: month must be in 1..12"),
        ("2021-02-29", "not a real date: day is out of range for month"),
        ("2020-00", "not a real date: month must be in 1..12"),
        ("2020-8-16", "expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("16 August 2020", "expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("", "expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
    ],
)
def test_invalid_dates(bundle: BundleCopy, date: str, message: str) -> None:
    bundle.edit("events.json", lambda d: d["events"][1].update(date=date))
    assert bundle.problems() == [f'events.json: events[1].date: {message} (got "{date}")']


@pytest.mark.parametrize("date", ["2020", "2020-02", "2020-02-29"])
def test_partial_dates_are_valid(bundle: BundleCopy, date: str) -> None:
    bundle.edit("events.json", lambda d: d["events"][1].update(date=date))
    assert bundle.load().event("2020-01-02").date == date


# A text of ours is a plain string (English) or texts by language; either way a problem is
# reported at the text, in the form the file gave it.
_NOT_A_TEXT = 'expected a text, or texts by language: {"en": ..., "zh": ...}'
_NO_LANGUAGE = 'give the text in at least one language: {"en": ..., "zh": ...}'


@pytest.mark.parametrize(
    ("value", "where", "message"),
    [
        ("", "", 'string should have at least 1 character (got "")'),
        (42, "", f"{_NOT_A_TEXT} (got 42)"),
        (None, "", f"{_NOT_A_TEXT} (got null)"),
        (True, "", f"{_NOT_A_TEXT} (got true)"),
        (["Pledge"], "", _NOT_A_TEXT),
        ({}, "", _NO_LANGUAGE),
        ({"zh": None}, "", _NO_LANGUAGE),
        ({"en": ""}, ".en", 'string should have at least 1 character (got "")'),
        ({"en": "Pledge", "zh": 7}, ".zh", "input should be a valid string (got 7)"),
        ({"en": "Pledge", "fr": "Promesse"}, ".fr", "unknown field (not in the schema)"),
        ({"en": "Pledge", "plain text": 1}, '["plain text"]', "unknown field (not in the schema)"),
    ],
    ids=[
        "empty",
        "number",
        "null",
        "bool",
        "list",
        "no-language",
        "null-language",
        "empty-en",
        "zh-number",
        "unknown-language",
        "a-key-named-like-a-form",
    ],
)
def test_texts_in_two_languages(bundle: BundleCopy, value: Any, where: str, message: str) -> None:
    bundle.edit("events.json", lambda d: d["events"][0].update(text=value))
    assert bundle.problems() == [f"events.json: events[0].text{where}: {message}"]


@pytest.mark.parametrize(
    ("value", "limit"),
    [("x" * 301, 300), ({"zh": "字" * 301}, 300)],
    ids=["plain", "by-language"],
)
def test_short_texts_have_their_own_limit(bundle: BundleCopy, value: Any, limit: int) -> None:
    bundle.edit("events.json", lambda d: d["events"][0].update(title=value))
    (problem,) = bundle.error().problems
    assert problem.location == "events[0].title" + ("" if isinstance(value, str) else ".zh")
    assert problem.message.startswith(f"string should have at most {limit} characters")


@pytest.mark.parametrize(
    ("value", "text"),
    [("Pledge", ("Pledge", None)), ({"zh": "承诺"}, (None, "承诺"))],
    ids=["plain", "by-language"],
)
def test_a_text_in_either_form_loads(bundle: BundleCopy, value: Any, text: Any) -> None:
    bundle.edit("events.json", lambda d: d["events"][0].update(text=value))
    loaded = bundle.load().events[0].text
    assert (loaded.en, loaded.zh) == text


def test_an_optional_text_may_be_null_but_not_empty(bundle: BundleCopy) -> None:
    bundle.edit("sources.json", lambda d: d["sources"][0].update(note=None))
    assert bundle.load().sources[0].note is None
    bundle.edit("sources.json", lambda d: d["sources"][0].update(note=""))
    assert bundle.problems() == [
        'sources.json: sources[0].note: string should have at least 1 character (got "")'
    ]


def test_every_schema_problem_in_a_file_is_reported(bundle: BundleCopy) -> None:
    def change(d: Any) -> None:
        d["partners"][0].pop("name")
        d["partners"][1]["cohort"] = 7
        d["partners"][2]["age"] = 50

    bundle.edit("partners.json", change)
    assert bundle.problems() == [
        "partners.json: partners[0].name: field required",
        "partners.json: partners[1].cohort: input should be a valid string (got 7)",
        "partners.json: partners[2].age: unknown field (not in the schema)",
    ]


# --- references between files ----------------------------------------------------------------


def _set_citation(d: Any, **values: Any) -> None:
    d["events"][0]["citations"][0] = values


@pytest.mark.parametrize(
    ("file", "change", "expected"),
    [
        (
            "events.json",
            lambda d: _set_citation(d, source="nope"),
            "events.json: events[0].citations[0].source: unknown source 'nope'",
        ),
        (
            "events.json",
            lambda d: _set_citation(d, source="article", sentence="s99"),
            "events.json: events[0].citations[0].sentence: unknown sentence 's99' in source"
            " 'article'",
        ),
        (
            "events.json",
            lambda d: _set_citation(d, source="article"),
            "events.json: events[0].citations[0].sentence: field required: source 'article'"
            " has text; cite a sentence",
        ),
        (
            "events.json",
            lambda d: _set_citation(d, source="tencent", sentence="s1"),
            "events.json: events[0].citations[0].sentence: unknown sentence 's1' in source"
            " 'tencent'",
        ),
        (
            "partners.json",
            lambda d: d["partners"][0]["roles"][0]["citations"].append({"source": "x"}),
            "partners.json: partners[0].roles[0].citations[2].source: unknown source 'x'",
        ),
        (
            "partners.json",
            lambda d: d["partners"][4].update(cohort="2021"),
            "partners.json: partners[4].cohort: unknown cohort '2021'",
        ),
        (
            "strategy.json",
            lambda d: d["quotes"][1].update(speaker="lei"),
            "strategy.json: quotes[1].speaker: unknown partner 'lei'",
        ),
        (
            "events.json",
            lambda d: d["events"][1]["refs"].append("partner:nobody"),
            "events.json: events[1].refs[1]: unknown target 'partner:nobody'",
        ),
        (
            "events.json",
            lambda d: d["events"][2]["refs"].__setitem__(1, "source:article#s99"),
            "events.json: events[2].refs[1]: unknown target 'source:article#s99'",
        ),
        (
            "events.json",
            lambda d: d["events"][0]["refs"].__setitem__(0, "partner:x#s1"),
            "events.json: events[0].refs[0]: unknown target 'partner:x#s1'",
        ),
        (
            "bundle.json",
            lambda d: d["highlights"][0].update(target="event:1999"),
            "bundle.json: highlights[0].target: unknown target 'event:1999'",
        ),
        (
            "bundle.json",
            lambda d: d["highlights"][3].update(target="settings"),
            "bundle.json: highlights[3].target: unknown target 'settings'",
        ),
    ],
    ids=[
        "unknown-source",
        "unknown-sentence",
        "article-without-sentence",
        "sentence-of-secondary",
        "partner-role-source",
        "unknown-cohort",
        "unknown-speaker",
        "event-ref",
        "event-ref-anchor",
        "event-ref-anchor-on-partner",
        "highlight-target",
        "highlight-section",
    ],
)
def test_dangling_references(bundle: BundleCopy, file: str, change: Any, expected: str) -> None:
    bundle.edit(file, change)
    assert bundle.problems() == [expected]


def test_malformed_reference_is_a_schema_problem(bundle: BundleCopy) -> None:
    bundle.edit("bundle.json", lambda d: d["highlights"][0].update(target="Partner: Lu"))
    [problem] = bundle.problems()
    assert problem.startswith("bundle.json: highlights[0].target: string should match pattern")


def test_removing_a_sentence_breaks_every_citation_of_it(bundle: BundleCopy) -> None:
    def drop_s13(d: Any) -> None:
        sentences = d["sources"][0]["sentences"]
        sentences[:] = [s for s in sentences if s["id"] != "s13"]

    bundle.edit("sources.json", drop_s13)
    problems = bundle.problems()
    assert (
        "partners.json: partners[8].roles[0].citations[0].sentence: unknown sentence 's13'"
        " in source 'article'" in problems
    )
    assert {p.split(":")[0] for p in problems} == {"bundle.json", "partners.json"}


@pytest.mark.parametrize(
    ("file", "change", "expected"),
    [
        (
            "partners.json",
            lambda d: d["partners"][1].update(id="lei-jun"),
            "partners.json: partners[1].id: duplicate id 'lei-jun'",
        ),
        (
            "partners.json",
            lambda d: d["cohorts"].append(dict(d["cohorts"][0])),
            "partners.json: cohorts[2].id: duplicate id 'founding'",
        ),
        (
            "sources.json",
            lambda d: d["sources"][0]["sentences"][1].update(id="s1"),
            "sources.json: sources[0].sentences[1].id: duplicate id 's1'",
        ),
        (
            "sources.json",
            lambda d: d["sources"][2].update(id="mikaelhilger"),
            "sources.json: sources[2].id: duplicate id 'mikaelhilger'",
        ),
        (
            "events.json",
            lambda d: d["events"].append(d["events"][0]),
            "events.json: events[9].id: duplicate id '2019-01-11'",
        ),
        (
            "strategy.json",
            lambda d: d["quotes"][1].update(id="cornerstone"),
            "strategy.json: quotes[1].id: duplicate id 'cornerstone'",
        ),
        (
            "programme.json",
            lambda d: d["batches"][1].update(id="2021-07"),
            "programme.json: batches[1].id: duplicate id '2021-07'",
        ),
        (
            "bundle.json",
            lambda d: d["highlights"][1].update(id="strategy"),
            "bundle.json: highlights[1].id: duplicate id 'strategy'",
        ),
    ],
    ids=["partner", "cohort", "sentence", "source", "event", "quote", "batch", "highlight"],
)
def test_duplicate_ids(bundle: BundleCopy, file: str, change: Any, expected: str) -> None:
    bundle.edit(file, change)
    assert expected in bundle.problems()


def test_same_id_in_different_collections_is_fine(bundle: BundleCopy) -> None:
    """Ids are unique per collection: a statement and a quote may both be 'moat'."""
    content = bundle.load()
    assert any(s.id == "moat" for s in content.strategy.statements)
    assert any(q.id == "moat" for q in content.strategy.quotes)


# --- several problems at once, and the report ----------------------------------------------


def test_problems_in_several_files_are_reported_together(bundle: BundleCopy) -> None:
    bundle.write_text("events.json", '{"events": [}')
    bundle.edit("partners.json", lambda d: d["partners"][3].pop("name_zh"))
    bundle.remove("programme.json")
    bundle.edit("bundle.json", lambda d: d.update(colour="red"))
    assert bundle.problems() == [
        "bundle.json: colour: unknown field (not in the schema)",
        "partners.json: partners[3].name_zh: field required",
        "programme.json: file missing",
        "events.json: line 1, column 13: invalid JSON: Expecting value",
    ]


def test_reference_problems_in_several_files_are_reported_together(bundle: BundleCopy) -> None:
    bundle.edit("strategy.json", lambda d: d["quotes"][0].update(speaker="nobody"))
    bundle.edit("events.json", lambda d: d["events"][3]["refs"].append("batch:2099"))
    bundle.edit("bundle.json", lambda d: _set_citation_in_headline(d))
    assert bundle.problems() == [
        "bundle.json: headline.citations[0].source: unknown source 'gone'",
        "strategy.json: quotes[0].speaker: unknown partner 'nobody'",
        "events.json: events[3].refs[6]: unknown target 'batch:2099'",
    ]


def _set_citation_in_headline(d: Any) -> None:
    d["headline"]["citations"][0] = {"source": "gone"}


def test_report_text(bundle: BundleCopy) -> None:
    bundle.remove("events.json")
    bundle.edit("partners.json", lambda d: d["partners"][3].pop("name_zh"))
    error = bundle.error()
    assert error.folder == bundle.folder
    assert error.report() == (
        f"{bundle.folder}: 2 problems in the content bundle\n"
        "  partners.json: partners[3].name_zh: field required\n"
        "  events.json: file missing"
    )
    assert str(error) == error.report()


def test_report_text_for_one_problem(bundle: BundleCopy) -> None:
    bundle.remove("events.json")
    assert bundle.error().report() == (
        f"{bundle.folder}: 1 problem in the content bundle\n  events.json: file missing"
    )


def test_check_bundle_returns_the_problems(bundle: BundleCopy) -> None:
    bundle.remove("events.json")
    assert check_bundle(bundle.folder) == [Problem("events.json", "", "file missing")]


def test_long_input_is_shortened_in_messages(bundle: BundleCopy) -> None:
    bundle.edit("events.json", lambda d: d["events"][0].update(date="x" * 1000))
    [problem] = bundle.problems()
    quoted = problem.split("(got ", 1)[1]
    assert len(quoted) <= 42
    assert quoted.endswith("…)")


def test_loaded_content_is_immutable(data_dir: Path) -> None:
    from dataclasses import FrozenInstanceError

    content = load_bundle(data_dir)
    with pytest.raises(FrozenInstanceError):
        content.partners[0].name = "Someone"  # type: ignore[misc]
    assert isinstance(content.partners, tuple)


def test_a_bad_only_item_is_not_also_reported_as_a_missing_item(bundle) -> None:  # type: ignore[no-untyped-def]
    data = bundle.read("events.json")
    data["events"] = [dict(data["events"][0], date=20190111)]
    bundle.write("events.json", data)
    problems = [str(p) for p in check_bundle(bundle.folder)]
    assert problems == [
        "events.json: events[0].date: input should be a valid string (got 20190111)"
    ]
