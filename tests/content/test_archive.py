"""One-file bundles (.strategy): read safely, reported as `file: location: message` naming
the member, packed from a folder. No Qt."""

from __future__ import annotations

import stat
import warnings
import zipfile
from pathlib import Path

import pytest

from gui.content import BundleError, archive, load_bundle
from gui.content.archive import ArchiveError, folder_members, pack_files, read_members
from gui.content.packing import pack_bundle, write_starter_archive
from gui.content.schema import BUNDLE_FILES

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
WANTED = frozenset(BUNDLE_FILES)


def _files() -> dict[str, bytes]:
    return {name: (DATA / name).read_bytes() for name in BUNDLE_FILES}


def _zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for name, data in members:
            out.writestr(name, data)
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(BundleError) as caught:
        load_bundle(path)
    return [str(p) for p in caught.value.problems]


def test_a_packed_bundle_loads_like_its_folder(tmp_path: Path) -> None:
    out = pack_files(folder_members(DATA, tuple(BUNDLE_FILES)), tmp_path / "x.strategy")
    content = load_bundle(out)
    folder = load_bundle(DATA)
    assert content.bundle == folder.bundle
    assert content.partners == folder.partners
    assert content.origin == str(out)


def test_packing_is_atomic_and_reproducible(tmp_path: Path) -> None:
    out = tmp_path / "x.strategy"
    pack_bundle(DATA, out)
    first = out.read_bytes()
    pack_bundle(DATA, out)  # replaces the older one
    assert out.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == ["x.strategy"], "no temporary file left"


def test_a_broken_folder_is_not_packed(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    for name, data in _files().items():
        (folder / name).write_bytes(data)
    (folder / "events.json").write_text("{", encoding="utf-8")
    with pytest.raises(BundleError):
        pack_bundle(folder, tmp_path / "b.strategy")
    assert not (tmp_path / "b.strategy").exists()


def test_starter_archive_loads_and_is_never_overwritten(tmp_path: Path) -> None:
    out = write_starter_archive(tmp_path / "s.strategy")
    assert load_bundle(out).bundle.id
    names = zipfile.ZipFile(out).namelist()
    assert names[0] == "bundle.json"
    assert "schema/partners.schema.json" in names
    with pytest.raises(FileExistsError):
        write_starter_archive(out)


def test_a_bundle_zipped_with_its_folder_loads(tmp_path: Path) -> None:
    """`zip -r my.strategy my-bundle` puts every file under my-bundle/."""
    out = _zip(tmp_path / "f.strategy", [(f"my-bundle/{n}", d) for n, d in _files().items()])
    assert load_bundle(out).bundle.id


def test_errors_name_the_member(tmp_path: Path) -> None:
    files = _files()
    files["partners.json"] = b'{"cohorts": [], "partners": [{"name": 1}]}'
    out = _zip(tmp_path / "my.strategy", list(files.items()))
    problems = _problems(out)
    assert (
        "my.strategy/partners.json: partners[0].name: input should be a valid string (got 1)"
        in (problems)
    )


def test_a_missing_member_and_a_cross_reference(tmp_path: Path) -> None:
    files = _files()
    del files["events.json"]
    assert _problems(_zip(tmp_path / "a.strategy", list(files.items()))) == [
        "a.strategy/events.json: file missing"
    ]
    files = _files()
    files["partners.json"] = files["partners.json"].replace(b'"cohort": "', b'"cohort": "x', 1)
    problems = _problems(_zip(tmp_path / "b.strategy", list(files.items())))
    assert any(
        p.startswith("b.strategy/partners.json: partners[0].cohort: unknown cohort")
        for p in problems
    )


def test_a_file_that_is_not_a_zip(tmp_path: Path) -> None:
    fake = tmp_path / "fake.strategy"
    fake.write_text('{"not": "a zip"}', encoding="utf-8")
    assert _problems(fake) == [
        f"{fake}: not a one-file bundle: not a zip archive (a .strategy file is a zip of the "
        "bundle's files)"
    ]
    assert _problems(tmp_path / "gone.strategy") == [f"{tmp_path / 'gone.strategy'}: no such file"]


def test_a_truncated_archive(tmp_path: Path) -> None:
    """A half-copied file: refused, with what is wrong."""
    whole = pack_files(_files(), tmp_path / "whole.strategy").read_bytes()
    half = tmp_path / "half.strategy"
    half.write_bytes(whole[: len(whole) // 2])
    assert len(_problems(half)) == 1
    cut = tmp_path / "cut.strategy"  # the directory intact, a member's data cut short
    cut.write_bytes(whole[:100] + b"\0" * (len(whole) - 100))
    assert _problems(cut)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../evil.json", "a member path may not contain '..'"),
        ("schema/../../evil.json", "a member path may not contain '..'"),
        ("/etc/evil.json", "absolute paths are not allowed in a bundle"),
        ("C:/evil.json", "absolute paths are not allowed in a bundle"),
        ("..\\evil.json", "a member path may only use '/' between folders"),
    ],
)
def test_path_traversal_is_refused(tmp_path: Path, name: str, message: str) -> None:
    out = _zip(tmp_path / "t.strategy", [*_files().items(), (name, b"{}")])
    assert _problems(out) == [f"t.strategy/{name}: {message}"]


def test_a_symlink_member_is_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("bundle.json")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    files = _files()
    del files["bundle.json"]
    out = _zip(tmp_path / "l.strategy", [(link, b"/etc/passwd"), *files.items()])
    assert _problems(out) == ["l.strategy/bundle.json: symbolic links are not allowed in a bundle"]


@pytest.mark.parametrize("second", ["partners.json", "./partners.json", "PARTNERS.json"])
def test_a_duplicate_member_is_refused(tmp_path: Path, second: str) -> None:
    with warnings.catch_warnings():  # zipfile warns that it writes a duplicate: we mean it
        warnings.simplefilter("ignore", UserWarning)
        out = _zip(tmp_path / "d.strategy", [*_files().items(), (second, b"{}")])
    assert _problems(out) == [f"d.strategy/{second}: appears twice in the archive"]


def test_a_zip_bomb_is_refused_before_decompressing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = b"\0" * (8 * 1024 * 1024)  # 8 MB of zeros compress about 1,000 to 1
    out = _zip(tmp_path / "b.strategy", [*_files().items(), ("filler.bin", bomb)])
    problems = _problems(out)
    assert len(problems) == 1
    assert problems[0].startswith("b.strategy/filler.bin: compressed ")
    assert problems[0].endswith("to 1 (the limit is 200): a zip bomb?")
    # Never decompressed: the check reads the archive's directory only.
    opened: list[str] = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(
        zipfile.ZipFile,
        "open",
        lambda self, n, *a, **k: opened.append(str(n)) or real_open(self, n, *a, **k),
    )
    with pytest.raises(ArchiveError):
        read_members(out, WANTED, 64 * 1024 * 1024)
    assert opened == []


def test_size_limits_per_member_and_in_total(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = pack_files(_files(), tmp_path / "s.strategy")
    with pytest.raises(ArchiveError, match="too large") as caught:
        read_members(out, WANTED, 1000)
    assert caught.value.member in BUNDLE_FILES
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 20_000)  # the six files: about 27 kB
    with pytest.raises(ArchiveError, match="too large in total"):
        read_members(out, WANTED, 64 * 1024 * 1024)


def test_a_directory_that_understates_a_size_gains_nothing(tmp_path: Path) -> None:
    """A member whose header claims fewer bytes than its data holds is cut at the claim
    and caught by its checksum, never read past it."""
    out = _zip(tmp_path / "u.strategy", list(_files().items()))
    data = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as z:
        info = z.getinfo("bundle.json")
    # The uncompressed size in the member's central directory entry, made smaller.
    index = data.find(b"bundle.json", data.find(b"PK\x01\x02"))
    header = index - 46
    assert data[header : header + 4] == b"PK\x01\x02"
    data[header + 24 : header + 28] = (100).to_bytes(4, "little")
    out.write_bytes(bytes(data))
    assert info.file_size > 100
    problems = _problems(out)
    assert len(problems) == 1
    assert problems[0].startswith("u.strategy/bundle.json: ")


def test_a_zip_by_another_name_is_read_as_one(tmp_path: Path) -> None:
    renamed = pack_files(_files(), tmp_path / "download.zip")
    assert load_bundle(renamed).bundle.id


def test_other_members_are_ignored_but_vetted(tmp_path: Path) -> None:
    out = _zip(tmp_path / "o.strategy", [*_files().items(), ("README.md", b"hello")])
    assert load_bundle(out).bundle.id
