"""Property-based fuzzing of the loader with malformed bundles.

Each example starts from the bundled data/ and breaks it a few ways at once: wrong types,
missing and extra keys, dangling and duplicate references, dropped or repeated items,
truncated files, random bytes, files in the wrong place or gone. Whatever comes out, the
loader must either load the bundle (and then everything in it resolves) or raise one
`BundleError` whose problems all name a bundle file — never another exception, and never
slowly. Hand-written cases cover the messages; this covers the combinations nobody
thought to write.

STRATEGY_VIEWER_FUZZ_EXAMPLES=20000 runs a longer session locally.
"""

from __future__ import annotations

import copy
import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.content import BundleError, Content, load_bundle
from gui.content.schema import BUNDLE_FILES, Citation

DATA = Path(__file__).resolve().parents[2] / "data"
FILES = list(BUNDLE_FILES)
VALID: dict[str, bytes] = {name: (DATA / name).read_bytes() for name in FILES}

# Loading the real bundle takes milliseconds; a bundle that takes seconds is a bug (a
# quadratic check, a parser gone astray), not bad luck.
PER_BUNDLE_SECONDS = 2.0
EXAMPLES = int(os.environ.get("STRATEGY_VIEWER_FUZZ_EXAMPLES", "1000"))

settings.register_profile(
    "content-fuzz",
    max_examples=EXAMPLES,
    deadline=None,  # timed by hand below, so a slow CI machine does not flake
    database=None,  # nothing written into the working tree; failures print a blob instead
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Problems only the cross-file checks report: an example that gets one of these got past
# every file's syntax and schema.
REFERENCE_MESSAGES = (
    "unknown source",
    "unknown sentence",
    "unknown cohort",
    "unknown partner",
    "unknown target",
    "duplicate id",
    "field required: source",
)


# --- what a mutation may put into a bundle ----------------------------------------------------


def _strings_under(node: Any, keys: set[str]) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in keys and isinstance(value, str):
                yield value
            elif key in keys and isinstance(value, list):
                yield from (v for v in value if isinstance(v, str))
            yield from _strings_under(value, keys)
    elif isinstance(node, list):
        for item in node:
            yield from _strings_under(item, keys)


def _keys(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        yield from node
        for value in node.values():
            yield from _keys(value)
    elif isinstance(node, list):
        for item in node:
            yield from _keys(item)


_PARSED = {name: json.loads(raw) for name, raw in VALID.items()}
# Real ids and references, so that a changed reference is often plausible but wrong.
ID_POOL = sorted(
    {
        s
        for tree in _PARSED.values()
        for s in _strings_under(tree, {"id", "source", "sentence", "speaker", "cohort"})
    }
)
REF_POOL = sorted(
    {s for tree in _PARSED.values() for s in _strings_under(tree, {"target", "refs"})}
)
KEY_POOL = sorted({k for tree in _PARSED.values() for k in _keys(tree)})

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(ID_POOL),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(KEY_POOL) | st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)

reference_like = (
    st.sampled_from(ID_POOL)
    | st.sampled_from(REF_POOL)
    | st.from_regex(r"[a-z]{1,9}(:[A-Za-z0-9._-]{1,12}(#s[0-9]{1,2})?)?", fullmatch=True)
    | st.sampled_from(["", " ", "partner:", "source:article#", "Lu Weibing", "s13"])
)


# --- mutations -----------------------------------------------------------------------------

Path_ = tuple[str | int, ...]


def _nodes(node: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _nodes(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _nodes(value, (*path, i))


def _get(tree: Any, path: Path_) -> Any:
    for part in path:
        tree = tree[part]
    return tree


def _mutate_tree(draw: st.DrawFn, tree: Any) -> Any:
    """One structural change to a parsed file; returns the new tree."""
    nodes = list(_nodes(tree))
    kind = draw(
        st.sampled_from(
            ["replace", "delete-key", "add-key", "retarget", "duplicate-item", "drop-item"]
        )
    )
    if kind == "replace":
        path, _ = draw(st.sampled_from(nodes))
        value = draw(json_values)
        if not path:
            return value
        _get(tree, path[:-1])[path[-1]] = value
    elif kind == "retarget":
        strings = [path for path, node in nodes if isinstance(node, str) and path]
        if strings:
            path = draw(st.sampled_from(strings))
            _get(tree, path[:-1])[path[-1]] = draw(reference_like)
    elif kind in {"delete-key", "add-key"}:
        dicts = [(path, node) for path, node in nodes if isinstance(node, dict)]
        if dicts:
            _, node = draw(st.sampled_from(dicts))
            if kind == "delete-key" and node:
                del node[draw(st.sampled_from(sorted(node)))]
            else:
                key = draw(st.sampled_from(KEY_POOL) | st.text(max_size=10))
                node[key] = draw(json_values)
    else:
        lists = [node for _, node in nodes if isinstance(node, list) and node]
        if lists:
            items = draw(st.sampled_from(lists))
            i = draw(st.integers(0, len(items) - 1))
            if kind == "drop-item":
                del items[i]
            else:
                items.insert(draw(st.integers(0, len(items))), copy.deepcopy(items[i]))
    return tree


def _mutate_bytes(draw: st.DrawFn, raw: bytes, name: str) -> bytes | None:
    """One change to a file's bytes; None removes the file."""
    kind = draw(
        st.sampled_from(
            ["truncate", "random", "insert", "flip", "missing", "encoding", "other-file"]
        )
    )
    if kind == "missing":
        return None
    if kind == "random":
        return draw(st.binary(max_size=200))
    if kind == "other-file":
        return VALID[draw(st.sampled_from([f for f in FILES if f != name]))]
    if kind == "encoding":
        text = raw.decode("utf-8", errors="replace")
        codec = draw(st.sampled_from(["utf-16", "utf-32", "latin-1", "gb18030", "utf-8-sig"]))
        return text.encode(codec, errors="replace")
    if not raw:
        return draw(st.binary(min_size=1, max_size=20))
    i = draw(st.integers(0, len(raw) - 1))
    if kind == "truncate":
        return raw[:i]
    if kind == "insert":
        return raw[:i] + draw(st.binary(min_size=1, max_size=8)) + raw[i:]
    return raw[:i] + bytes([raw[i] ^ draw(st.integers(1, 255))]) + raw[i + 1 :]


@st.composite
def malformed_bundles(draw: st.DrawFn) -> dict[str, bytes | None]:
    """The bundled data with one to four things broken, in one file or several."""
    files: dict[str, bytes | None] = dict(VALID)
    for _ in range(draw(st.integers(1, 4))):
        name = draw(st.sampled_from(FILES))
        raw = files[name]
        structural = raw is not None and draw(st.integers(0, 3)) > 0  # 3 in 4
        tree: Any = None
        if structural and raw is not None:
            try:
                tree = json.loads(raw)
            except ValueError:
                structural = False
        if structural:
            tree = _mutate_tree(draw, tree)
            files[name] = json.dumps(tree, ensure_ascii=False, indent=1).encode("utf-8")
        else:
            files[name] = _mutate_bytes(draw, raw if raw is not None else b"", name)
    return files


# --- the property --------------------------------------------------------------------------


class BundleFolder:
    """One temporary folder reused by every example; only changed files are rewritten."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir()
        self.on_disk: dict[str, bytes | None] = {}

    def put(self, files: dict[str, bytes | None]) -> None:
        for name, raw in files.items():
            if name in self.on_disk and self.on_disk[name] == raw:
                continue
            path = self.folder / name
            if raw is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(raw)
            self.on_disk[name] = raw


def _check_loaded(content: Content) -> None:
    """A bundle that loads is sound: every citation and reference in it resolves."""
    for citations in _citation_tuples(content):
        for citation in citations:
            source = content.source(citation.source)
            assert source is not None
            if source.sentences:
                assert citation.sentence is not None
                assert content.sentence(source.id, citation.sentence) is not None
    for event in content.events:
        assert all(content.resolve(ref) is not None for ref in event.refs)
    for highlight in content.bundle.highlights:
        assert content.resolve(highlight.target) is not None
    for partner in content.partners:
        assert content.cohort(partner.cohort) is not None


def _citation_tuples(content: Content) -> Iterator[tuple[Citation, ...]]:
    def walk(value: Any) -> Iterator[tuple[Citation, ...]]:
        if isinstance(value, tuple):
            if value and all(isinstance(v, Citation) for v in value):
                yield value
            for item in value:
                yield from walk(item)
        elif is_dataclass(value):
            for field in fields(value):
                yield from walk(getattr(value, field.name))

    for root in (
        content.bundle,
        content.sources_file,
        content.strategy,
        content.partners_file,
        content.programme,
        content.events_file,
    ):
        yield from walk(root)


def _load_and_judge(folder: Path) -> str:
    """Load the folder; check the outcome; return how it ended."""
    content: Content | None = None
    error: BundleError | None = None
    start = time.perf_counter()
    try:
        content = load_bundle(folder)
    except BundleError as raised:
        error = raised
    elapsed = time.perf_counter() - start
    assert elapsed < PER_BUNDLE_SECONDS, f"loading took {elapsed:.2f} s"
    if content is not None:
        _check_loaded(content)
        return "loaded"
    assert error is not None
    assert error.problems, "a BundleError must list at least one problem"
    for problem in error.problems:
        assert problem.file in BUNDLE_FILES, f"problem names no bundle file: {problem}"
        assert problem.message
        assert str(problem).startswith(f"{problem.file}: ")
    # One line per problem, whatever the file put in its keys and values.
    assert len(error.report().splitlines()) == 1 + len(error.problems)
    if any(p.message.startswith(REFERENCE_MESSAGES) for p in error.problems):
        return "reference"
    return "file"


def test_malformed_bundles_fail_cleanly(tmp_path: Path) -> None:
    folder = BundleFolder(tmp_path / "bundle")
    outcomes: Counter[str] = Counter()

    @settings(settings.get_profile("content-fuzz"))
    @given(malformed_bundles())
    def check(files: dict[str, bytes | None]) -> None:
        folder.put(files)
        outcomes[_load_and_judge(folder.folder)] += 1

    check()
    assert sum(outcomes.values()) >= EXAMPLES, outcomes
    # The fuzzer reaches both layers: some bundles fail in one file, some only across files.
    assert outcomes["file"] > 0, outcomes
    assert outcomes["reference"] > 0, outcomes


def test_valid_bundle_passes_the_same_judgement(tmp_path: Path) -> None:
    """The judge itself accepts the real bundle (so a fuzz failure is the loader's)."""
    folder = BundleFolder(tmp_path / "bundle")
    folder.put(dict(VALID))
    assert _load_and_judge(folder.folder) == "loaded"
