"""--hash-pin, --kiosk and --kiosk-config on the command line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from gui.__main__ import build_parser, main
from gui.kiosk import cli
from gui.kiosk.pin import verify_pin


def test_help_lists_the_kiosk_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for option in ("--kiosk", "--kiosk-config", "--hash-pin"):
        assert option in out


def test_hash_pin_prints_a_line_for_kiosk_ini(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n2468\n"))
    assert main(["--hash-pin"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("pin_hash=pbkdf2_sha256$")
    assert "2468" not in err
    assert verify_pin("2468", out.strip().removeprefix("pin_hash="))


@pytest.mark.parametrize(
    ("typed", "message"), [("2468\n2469\n", "differ"), ("12ab\n12ab\n", "digits"), ("", "no PIN")]
)
def test_hash_pin_refuses_a_mismatch_or_a_bad_pin(typed: str, message: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert cli.hash_pin_command(io.StringIO(typed), out, err) == 1
    assert out.getvalue() == ""
    assert message in err.getvalue()


def test_without_kiosk_nothing_is_installed(app, kiosk_window) -> None:  # type: ignore[no-untyped-def]
    assert cli.install(app, kiosk_window, build_parser().parse_args([])) is None


def test_kiosk_config_problems_are_printed_and_the_kiosk_still_starts(
    app, kiosk_window, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kiosk.ini"
    path.write_text("[kiosk]\nidle_timeout_seconds=soon\nfont_scale=1\n", encoding="utf-8")
    args = build_parser().parse_args(["--kiosk", "--kiosk-config", str(path)])
    controller = cli.install(app, kiosk_window, args)
    try:
        assert controller is not None
        assert controller.installed
        assert controller.config.idle_timeout_seconds == 60
        assert kiosk_window.isFullScreen()
    finally:
        if controller is not None:
            controller.uninstall()
    err = capsys.readouterr().err
    assert f"{path}: [kiosk] idle_timeout_seconds = 'soon'" in err


@pytest.mark.parametrize(("option", "switched"), [([], ["zh_CN"]), (["--lang", "en"], [])])
def test_the_configured_language_applies_unless_lang_is_given(
    app, kiosk_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option, switched
) -> None:  # type: ignore[no-untyped-def]
    import gui.desktop.i18n

    calls: list[str] = []

    class Recorder:
        def switch(self, language: str) -> bool:
            calls.append(language)
            return True

    monkeypatch.setattr(gui.desktop.i18n, "translations", Recorder)
    path = tmp_path / "kiosk.ini"
    path.write_text("[kiosk]\nlanguage=zh_CN\nfont_scale=1\n", encoding="utf-8")
    args = build_parser().parse_args(["--kiosk", "--kiosk-config", str(path), *option])
    controller = cli.install(app, kiosk_window, args)
    assert controller is not None
    controller.uninstall()
    assert calls == switched
