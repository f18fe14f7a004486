"""One-file bundles: the bundle's files in one zip archive with the extension `.strategy`.

Reading is for untrusted files (a download, an e-mail attachment, a USB stick at a kiosk),
so every member is vetted before anything is decompressed, and nothing is ever extracted
to disk: members are read into memory, bounded by the limits below.

- No member path may leave the archive: absolute paths, drive letters, backslashes and
  `..` are refused (a tool that later extracts the archive must not be led astray either).
- Symbolic links (a member with the symlink file mode) and encrypted members are refused.
- Two members with the same name are refused: which one a reader sees would depend on the
  reader.
- Sizes are capped before decompressing, from the archive's directory: per member, in
  total, and by compression ratio (zip bombs); the read itself is bounded too, so a
  directory that lies about sizes gains nothing.

No Qt, no loader: the loader turns `ArchiveError` into the usual `file: location: message`.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path, PurePosixPath

SUFFIX = ".strategy"
MIME_TYPE = "application/x-strategy-bundle"

# The loader's per-file limit (64 MB) applies to each member as well; these bound the rest.
MAX_MEMBERS = 1_000
MAX_TOTAL_BYTES = 256 * 1024 * 1024
# JSON compresses well (a large roster about 10:1, repeated text up to 100:1); a zip bomb
# reaches thousands to one. Small members are exempt: their ratio says nothing.
MAX_RATIO = 200
RATIO_EXEMPT_BYTES = 1024 * 1024
# The folder of JSON Schemas a starter bundle holds, packed along for editors.
SCHEMA_FOLDER = "schema"

_CHUNK = 1024 * 1024


class ArchiveError(Exception):
    """The archive cannot be read safely. `member` names the culprit ("" for the whole)."""

    def __init__(self, member: str, message: str) -> None:
        super().__init__(member, message)
        self.member = member
        self.message = message

    def __str__(self) -> str:
        return f"{self.member}: {self.message}" if self.member else self.message


def is_archive_path(path: Path) -> bool:
    """Whether `path` names a one-file bundle rather than a folder: a path with the
    one-file extension, or a zip archive by another name (a renamed download)."""
    return path.suffix.lower() == SUFFIX or (path.is_file() and zipfile.is_zipfile(path))


def read_members(path: Path, wanted: frozenset[str], max_member_bytes: int) -> dict[str, bytes]:
    """The contents of the `wanted` members of the archive at `path`, by name.

    Every member is vetted (see the module's docstring), including those not wanted: an
    archive with a dangerous member is refused as a whole. Wanted members may sit at the
    top of the archive or inside one folder that holds everything (a zip made of the
    bundle's folder rather than of its files). Missing members are simply absent from the
    result. Raises `ArchiveError`, or `OSError` when the file cannot be read at all.
    """
    if not path.exists():
        raise ArchiveError("", "no such file")
    if not path.is_file():
        raise ArchiveError("", "not a file")
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ArchiveError(
            "",
            f"not a one-file bundle: not a zip archive (a {SUFFIX} file is a zip of the "
            "bundle's files)",
        ) from None
    except (ValueError, NotImplementedError, EOFError) as error:  # a damaged directory
        raise ArchiveError("", f"damaged zip archive ({error})") from None
    with archive:
        infos = archive.infolist()
        names = _vetted(infos, max_member_bytes)
        prefix = _common_folder(names)
        chosen = {
            name.removeprefix(prefix): info
            for name, info in zip(names, infos, strict=True)
            if name.removeprefix(prefix) in wanted
        }
        return {name: _read(archive, info, max_member_bytes) for name, info in chosen.items()}


def _vetted(infos: list[zipfile.ZipInfo], max_member_bytes: int) -> list[str]:
    """Each member's normalised name, once every member has passed every check."""
    if len(infos) > MAX_MEMBERS:
        raise ArchiveError("", f"too many members ({len(infos):,}; the limit is {MAX_MEMBERS:,})")
    seen: set[str] = set()
    names: list[str] = []
    total = 0
    for info in infos:
        raw = info.filename
        name = _safe_name(raw)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise ArchiveError(raw, "symbolic links are not allowed in a bundle")
        if info.flag_bits & 0x1:
            raise ArchiveError(raw, "encrypted members are not supported")
        # Case-folded: on the file systems of Windows and macOS the two would be one file.
        key = name.casefold()
        if key in seen:
            raise ArchiveError(raw, "appears twice in the archive")
        seen.add(key)
        if not info.is_dir():
            if info.file_size > max_member_bytes:
                raise ArchiveError(
                    raw,
                    f"too large ({info.file_size:,} bytes; the limit is {max_member_bytes:,})",
                )
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_EXEMPT_BYTES and ratio > MAX_RATIO:
                raise ArchiveError(
                    raw, f"compressed {ratio:,.0f} to 1 (the limit is {MAX_RATIO}): a zip bomb?"
                )
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise ArchiveError(
                    "", f"too large in total (over {MAX_TOTAL_BYTES:,} bytes uncompressed)"
                )
        names.append(name)
    return names


def _safe_name(raw: str) -> str:
    """The member's path, normalised; refused if it could name a place outside the
    archive once extracted."""
    if "\\" in raw or "\x00" in raw:
        raise ArchiveError(raw, "a member path may only use '/' between folders")
    path = PurePosixPath(raw)
    if raw.startswith("/") or (path.parts and ":" in path.parts[0]):
        raise ArchiveError(raw, "absolute paths are not allowed in a bundle")
    if ".." in path.parts:
        raise ArchiveError(raw, "a member path may not contain '..'")
    name = "/".join(part for part in path.parts if part != ".")
    if not name:
        raise ArchiveError(raw, "empty member path")
    return name + ("/" if raw.endswith("/") else "")


def _common_folder(names: list[str]) -> str:
    """The one top folder ("my-bundle/") that holds every member, if there is one."""
    tops = {name.split("/", 1)[0] for name in names}
    if len(tops) != 1 or all("/" not in name.rstrip("/") for name in names):
        return ""
    return f"{next(iter(tops))}/"


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """The member's bytes, never more than `limit` (or its stated size) whatever the
    compressed stream holds."""
    cap = min(limit, info.file_size)
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(min(_CHUNK, cap + 1 - size)):
                size += len(chunk)
                if size > cap:
                    raise ArchiveError(info.filename, "larger than the archive says")
                chunks.append(chunk)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as error:
        # A truncated or half-copied archive, a bad checksum, an unsupported method.
        raise ArchiveError(info.filename, f"cannot be read from the archive ({error})") from None
    except Exception as error:  # zlib.error and friends: the stream is corrupt
        if isinstance(error, (ArchiveError, OSError)):
            raise
        raise ArchiveError(info.filename, f"corrupt data in the archive ({error})") from None
    return b"".join(chunks)


# --- writing -----------------------------------------------------------------------------

# A fixed time stamp: packing the same folder twice gives the same bytes.
_STAMP = (2020, 1, 1, 0, 0, 0)


def pack_files(files: dict[str, bytes], out: Path) -> Path:
    """Write `files` (member name → bytes) as a one-file bundle at `out`, atomically: the
    archive appears complete under its name or not at all, so a kiosk watching `out`
    never sees half of one. An existing file is replaced."""
    import tempfile  # for packing only, not for every start

    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    try:
        with (
            os.fdopen(handle, "wb") as raw,
            zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        ):
            for name in sorted(files, key=_member_order):
                info = zipfile.ZipInfo(name, date_time=_STAMP)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = (stat.S_IFREG | 0o644) << 16
                info.create_system = 3
                archive.writestr(info, files[name])
        os.chmod(temporary, 0o644)
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out


def _member_order(name: str) -> tuple[int, str]:
    return (name.count("/"), name)


def folder_members(folder: Path, bundle_files: tuple[str, ...]) -> dict[str, bytes]:
    """What packing `folder` puts in the archive: the bundle's files and its schema folder
    (the JSON Schemas an editor uses; `*.json` directly in it). Nothing else: a packed
    bundle carries no editor backups or stray files."""
    members = {name: (folder / name).read_bytes() for name in bundle_files}
    schemas = folder / SCHEMA_FOLDER
    if schemas.is_dir() and not schemas.is_symlink():
        for path in sorted(schemas.glob("*.json")):
            if path.is_file() and not path.is_symlink():
                members[f"{SCHEMA_FOLDER}/{path.name}"] = path.read_bytes()
    return members
