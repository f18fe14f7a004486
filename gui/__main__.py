"""Command line: `strategy-viewer [options]` and `python -m gui [options]`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import LOGGER, __version__
from .content import SECTIONS, BundleError, Content, Problem, load_bundle
from .desktop.paths import data_dir
from .documents import bundle_cli
from .kiosk import cli as kiosk_cli

if TYPE_CHECKING:
    from .desktop.single_instance import SingleInstance
    from .views.main_window import MainWindow


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
        "--search", metavar="TEXT", help="start with TEXT in the search field and its results"
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
        "--schema",
        metavar="FILE",
        nargs="?",
        const="",
        help="print the JSON Schema of one bundle file (e.g. partners.json) and exit; without "
        "FILE, the schemas of all six files as one JSON object keyed by file name",
    )
    parser.add_argument(
        "--new-bundle",
        metavar="DIR",
        type=Path,
        help="write a small, valid starter bundle into DIR (new or empty) and exit",
    )
    parser.add_argument(
        "--screenshot", metavar="PNG", type=Path, help="save the window after first paint, exit"
    )
    parser.add_argument("--size", metavar="WxH", type=_size, help="window size, e.g. 1280x800")
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark", "high-contrast"),
        help="colour theme; system follows the desktop's light, dark or high-contrast "
        "setting (default: the one chosen last, else system)",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "zh_CN", "pseudo"),
        help="interface language (default: the system's; pseudo makes every string longer)",
    )
    parser.add_argument(
        "--new-instance",
        action="store_true",
        help="start another window even if the app is already running",
    )
    parser.add_argument(
        "--reset-settings",
        action="store_true",
        help="forget the remembered window, place, theme and zoom before starting",
    )
    parser.add_argument("--write-schema", metavar="DIR", type=Path, help=argparse.SUPPRESS)
    bundle_cli.add_arguments(parser)  # BUNDLE, --pack-bundle
    kiosk_cli.add_arguments(parser)
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
    # Translations: a missing one is a warning, not an error (the other language is shown).
    from .content.coverage import coverage

    found = coverage(content)
    print(found.summary())
    for warning in found.warnings():
        print(warning)
    return 0


def _schema(parser: argparse.ArgumentParser, name: str) -> int:
    from .content.json_schema import schema_for
    from .content.schema import BUNDLE_FILES

    if not name:
        schema = {file: schema_for(file, model) for file, model in BUNDLE_FILES.items()}
    else:
        file = name if name.endswith(".json") else f"{name}.json"
        if file not in BUNDLE_FILES:
            parser.error(
                f"--schema: no bundle file {name!r}; choose from {', '.join(BUNDLE_FILES)}"
            )
        schema = schema_for(file, BUNDLE_FILES[file])
    import json

    try:
        print(json.dumps(schema, indent=2, ensure_ascii=False))  # in the files' own order
        sys.stdout.flush()
    except BrokenPipeError:  # `--schema | head`: the reader has read all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _new_bundle(out: Path) -> int:
    """--new-bundle: the starter bundle as a folder, or as one file for a .strategy name."""
    from .content.packing import write_starter_archive
    from .content.starter_bundle import write_starter_bundle

    one_file = out.suffix.lower() == ".strategy"
    try:
        (write_starter_archive if one_file else write_starter_bundle)(out)
    except FileExistsError as error:
        print(f"strategy-viewer: {error}; nothing written", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"strategy-viewer: cannot write {out}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"Wrote a starter bundle to {out}")
    print(f"  check it:  strategy-viewer --check {out}")
    print(f"  open it:   strategy-viewer {'' if one_file else '--data '}{out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    bundle_cli.resolve_bundle_argument(parser, args)
    if args.hash_pin:
        return kiosk_cli.hash_pin_command()
    if args.list_sections:
        print("\n".join(SECTIONS))
        return 0
    if args.check is not None:
        return _check(Path(args.check) if args.check else data_dir())
    if args.schema is not None:
        return _schema(parser, args.schema)
    if args.new_bundle is not None:
        return _new_bundle(args.new_bundle)
    if args.pack_bundle is not None:
        return bundle_cli.pack(*args.pack_bundle)
    if args.write_schema is not None:
        from .content.json_schema import write_schemas

        for path in write_schemas(args.write_schema):
            print(path)
        return 0
    return _run_gui(args)


def _load(args: argparse.Namespace) -> Content | None:
    from .desktop.memory import kept_for_life

    folder = args.data or data_dir()
    try:
        with kept_for_life():  # the window shows it until the app quits
            return load_bundle(folder)
    except BundleError as error:
        print(error.report(), file=sys.stderr)
        return None


def _load_with_fallback(
    args: argparse.Namespace, remembered: Path | None = None
) -> tuple[Content, list[Problem]] | None:
    """A broken --data bundle: a window offers the bundled content (a kiosk takes it at
    once); None when the user chooses to quit or the bundled content itself is broken.
    A broken `remembered` bundle (the one shown last time) falls back without asking."""
    from .desktop.bundle_fallback import load_with_fallback
    from .desktop.memory import kept_for_life

    try:
        with kept_for_life():  # the window shows it until the app quits
            return load_with_fallback(
                args.data or remembered,
                interactive=remembered is None and not getattr(args, "kiosk", False),
            )
    except BundleError as error:  # the app's own content: a damaged installation
        print(error.report(), file=sys.stderr)
        return None


def _run_gui(args: argparse.Namespace) -> int:
    from .application import set_identity

    set_identity()  # before anything derives a path from the app's names
    # A screenshot is a one-off command: it neither defers to a running app nor remembers.
    interactive = args.screenshot is None
    instance = None
    if interactive and not args.new_instance:
        from .desktop.single_instance import SingleInstance, request_from

        instance = SingleInstance()
        if not instance.acquire():
            if instance.send({**request_from(args.section, args.show), **bundle_cli.request(args)}):
                return 0  # the running app has come forward
            print("strategy-viewer: the running instance does not answer; starting another",
                  file=sys.stderr)  # fmt: skip
            instance = None
    try:
        return _run_window(args, instance, interactive)
    finally:
        if instance is not None:
            instance.release()


def _run_window(
    args: argparse.Namespace, instance: SingleInstance | None, interactive: bool
) -> int:
    content = None
    if not interactive:  # a one-off command: print the problems, fail, show no window
        content = _load(args)
        if content is None:
            return 1
    from .application import build_ui, create_application
    from .desktop.screenshot import save_after_first_paint

    app = create_application()
    settings = None
    signals = None
    if interactive:
        from .desktop import logging_setup
        from .desktop.settings import open_settings

        logging_setup.setup_logging()
        logging_setup.record_native_crashes()  # and report the previous run's
        logging_setup.install_qt_message_handler()
        from .desktop import crash_handler

        crash_handler.install()  # log the traceback, tell the user, carry on
        settings = open_settings()
        if args.reset_settings:
            settings.clear()
    from .desktop.i18n import translations

    remembered = None
    if settings is not None:  # a one-off command (--screenshot) remembers nothing
        from .desktop.window_state import language_name

        remembered = language_name(settings)
    if args.lang or remembered:
        translations().switch(args.lang or remembered)
    else:
        translations().follow_system()
    problems: list[Problem] = []
    # The bundle shown last time, reopened on a desktop start without one (a kiosk, and a
    # one-off command, remember nothing).
    kiosk_mode = getattr(args, "kiosk", False)
    desktop_settings = None if kiosk_mode else settings
    last = None
    if content is None and args.data is None and desktop_settings is not None:
        from .documents.recent import last_bundle

        last = last_bundle(settings)
    if content is None:
        loaded = _load_with_fallback(args, last)
        if loaded is None:
            return 1
        content, problems = loaded
    from .theming.theme_controller import CHOICES

    remembered_theme = None
    if settings is not None:
        from .desktop.window_state import theme_name

        remembered_theme = theme_name(settings, CHOICES)
    theme = args.theme or remembered_theme or "system"
    ui = build_ui(content, theme, desktop_settings)
    window = ui.window
    if problems and last is not None:
        ui.documents.report_unavailable(last, problems)
    elif problems:
        from .desktop.bundle_fallback import show_indicator

        show_indicator(window, args.data, problems)
    ui.documents.started(None if problems else args.data or last)
    state = None
    if settings is not None:
        from .desktop.unix_signals import quit_on_signals
        from .desktop.window_state import WindowStateController

        state = WindowStateController(window, settings, theme_choice=lambda: ui.themes.choice)
        state.restore()
        # Not earlier: until here a signal's default action ends the process at once,
        # even inside Qt's C++ (a cold font cache takes seconds), and there is nothing
        # to save yet. From here on it saves the window state and quits the loop.
        signals = quit_on_signals(app, before_quit=state.save)
    if args.size:
        window.resize(*args.size)
    if args.section:
        window.navigate(args.section)
    if args.show:
        show_on_start(window, args.show)
    if instance is not None and instance.listen():
        from .desktop.single_instance import handle_request

        instance.message_received.connect(lambda request: handle_request(window, request))
        instance.message_received.connect(ui.documents.handle_request)
    # --kiosk: full screen and locked, before show()
    kiosk = kiosk_cli.install(
        app, window, args, lock=(ui.menu, ui.export, ui.documents), state=state
    )
    window.show()
    if args.search:
        window.search_box.set_query(args.search)
    if args.screenshot:
        return save_after_first_paint(app, window, args.screenshot)
    logging.getLogger(LOGGER).info("Strategy Viewer %s started (pid %d)", __version__, os.getpid())
    from PySide6.QtCore import QTimer

    from .desktop.memory import release_free_memory

    # Once the window is up: the memory that parsing the bundle needed for a moment goes
    # back to the system (gui/desktop/memory.py says why not earlier).
    QTimer.singleShot(_SETTLED_MS, release_free_memory)
    status = app.exec()
    return kiosk_cli.exit_status(kiosk, status, signals)


_SETTLED_MS = 2000


def show_on_start(window: MainWindow, ref: str) -> bool:
    """--show: open what `ref` names; if it names nothing, say so and open the overview."""
    if window.open_ref(ref):
        return True
    print(f"strategy-viewer: nothing to show for {ref!r}; opening the overview", file=sys.stderr)
    window.navigate("overview")
    return False


def main_cli() -> None:
    sys.exit(main())


if __name__ == "__main__":
    main_cli()
