"""Command line: `strategy-viewer [options]` and `python -m gui [options]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gui import __version__
from gui.content import SECTIONS, BundleError, Content, load_bundle
from gui.paths import data_dir


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected WIDTHxHEIGHT, e.g. 1280x800, not {text!r}"
        ) from None
    if not (320 <= w <= 10000 and 240 <= h <= 10000):
        raise argparse.ArgumentTypeError("size must be between 320x240 and 10000x10000")
    return w, h


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="strategy-viewer",
        description="Browse a company's published strategy, partners and programme — offline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--section", choices=SECTIONS, help="open on this section")
    parser.add_argument(
        "--list-sections", action="store_true", help="print the section names and exit"
    )
    parser.add_argument(
        "--show", metavar="REF", help="open an item, e.g. partner:lu-weibing or source:article#s13"
    )
    parser.add_argument("--data", metavar="DIR", type=Path, help="use the content bundle in DIR")
    parser.add_argument(
        "--check",
        metavar="DIR",
        nargs="?",
        const="",
        help="validate a content bundle (the bundled one if DIR is omitted), print problems, exit",
    )
    parser.add_argument(
        "--screenshot", metavar="PNG", type=Path, help="save the window after first paint, exit"
    )
    parser.add_argument("--size", metavar="WxH", type=_size, help="window size, e.g. 1280x800")
    parser.add_argument("--theme", choices=("light", "dark", "high-contrast"), default="light")
    parser.add_argument(
        "--lang",
        choices=("en", "zh_CN", "pseudo"),
        help="interface language (default: the system's; pseudo makes every string longer)",
    )
    parser.add_argument("--write-schema", metavar="DIR", type=Path, help=argparse.SUPPRESS)
    return parser


def _check(folder: Path) -> int:
    try:
        content = load_bundle(folder)
    except BundleError as error:
        print(error.report(), file=sys.stderr)
        return 1
    print(
        f"{folder}: OK — {len(content.partners)} partners, "
        f"{len(content.strategy.statements)} statements, {len(content.events)} events, "
        f"{len(content.sources)} sources"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.list_sections:
        print("\n".join(SECTIONS))
        return 0
    if args.check is not None:
        return _check(Path(args.check) if args.check else data_dir())
    if args.write_schema is not None:
        from gui.content.json_schema import write_schemas

        for path in write_schemas(args.write_schema):
            print(path)
        return 0
    return _run_gui(args)


def _load(args: argparse.Namespace) -> Content | None:
    folder = args.data or data_dir()
    try:
        return load_bundle(folder)
    except BundleError as error:
        print(error.report(), file=sys.stderr)
        return None


def _run_gui(args: argparse.Namespace) -> int:
    content = _load(args)
    if content is None:
        return 1
    from gui.app import create_application, create_main_window
    from gui.screenshot import save_after_first_paint

    app = create_application()
    from gui.i18n import system_language, translations

    translations().switch(args.lang or system_language())
    window = create_main_window(content, args.theme)
    if args.size:
        window.resize(*args.size)
    if args.section:
        window.navigate(args.section)
    if args.show and not window.open_ref(args.show):
        print(
            f"strategy-viewer: nothing to show for {args.show!r}; opening the overview",
            file=sys.stderr,
        )
        window.navigate("overview")
    window.show()
    if args.screenshot:
        return save_after_first_paint(app, window, args.screenshot)
    return app.exec()


def main_cli() -> None:
    sys.exit(main())


if __name__ == "__main__":
    main_cli()
