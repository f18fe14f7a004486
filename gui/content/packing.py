"""Packing a bundle folder into a one-file bundle (`.strategy`), and a starter one.

Only a bundle that loads cleanly is packed: a one-file bundle is what an author hands on,
so it should never carry problems its receiver cannot fix.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .archive import SUFFIX, folder_members, pack_files
from .content import Content
from .loader import load_bundle
from .schema import BUNDLE_FILES
from .starter_bundle import write_starter_bundle


def pack_bundle(folder: Path | str, out: Path | str) -> Content:
    """Check the bundle in `folder` and write it to `out` as a one-file bundle (replacing
    an older one atomically). Raises `BundleError` (nothing written) if the folder does not
    load, `OSError` if the archive cannot be written."""
    folder, out = Path(folder), Path(out)
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder}: not a folder (only a bundle folder is packed)")
    content = load_bundle(folder)
    members = folder_members(folder.resolve(), tuple(BUNDLE_FILES))
    pack_files(members, out)
    return content


def write_starter_archive(out: Path | str) -> Path:
    """The starter bundle (gui/content/starter_bundle.py) as a one-file bundle at `out`.
    Raises FileExistsError if `out` exists: nothing is ever overwritten."""
    out = Path(out)
    if out.exists() or out.is_symlink():
        raise FileExistsError(f"{out}: already exists; choose a new name")
    with tempfile.TemporaryDirectory(prefix="strategy-viewer-starter-") as temporary:
        folder = Path(temporary) / "bundle"
        write_starter_bundle(folder)
        pack_files(folder_members(folder, tuple(BUNDLE_FILES)), out)
    return out


def is_one_file_name(path: Path) -> bool:
    """Whether `path` asks for a one-file bundle (by its extension)."""
    return path.suffix.lower() == SUFFIX
