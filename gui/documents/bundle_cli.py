"""The command line's one-file bundle options: `--pack-bundle DIR OUT.strategy`, a bundle
given without an option (`strategy-viewer my.strategy`, as a file manager starts the app
for a double-clicked file), and `--new-bundle OUT.strategy`. No Qt."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..content import BundleError
from ..content.archive import SUFFIX
from ..content.packing import pack_bundle


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "bundle",
        metavar="BUNDLE",
        nargs="?",
        type=Path,
        help="a bundle folder or one-file bundle (.strategy) to open; the same as --data",
    )
    parser.add_argument(
        "--pack-bundle",
        metavar=("DIR", "OUT"),
        nargs=2,
        type=Path,
        help="check the bundle in DIR and pack it into the one-file bundle OUT (e.g. "
        "my.strategy), replacing an older one; exit",
    )


def resolve_bundle_argument(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """The positional BUNDLE is --data by another name; both at once is a mistake."""
    if args.bundle is None:
        return
    if args.data is not None:
        parser.error("give the bundle either as BUNDLE or with --data, not both")
    args.data = args.bundle


def request(args: argparse.Namespace) -> dict[str, str]:
    """What a second start asks the running app to open: the bundle it was given."""
    return {"bundle": os.path.abspath(args.data)} if args.data is not None else {}


def pack(folder: Path, out: Path) -> int:

    if out.suffix.lower() != SUFFIX:
        print(f"strategy-viewer: {out}: a one-file bundle's name ends in {SUFFIX}",
              file=sys.stderr)  # fmt: skip
        return 2
    try:
        content = pack_bundle(folder, out)
    except BundleError as error:
        print(error.report(), file=sys.stderr)
        print(f"strategy-viewer: {folder} has problems; nothing packed", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"strategy-viewer: cannot pack {folder} into {out}: {error.strerror or error}",
              file=sys.stderr)  # fmt: skip
        return 1
    b = content.bundle
    print(f"Packed {folder} into {out} ({b.id}, version {b.version})")
    print(f"  open it:   strategy-viewer {out}")
    return 0
