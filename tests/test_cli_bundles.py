"""One-file bundles on the command line: --new-bundle, --pack-bundle, --check, --data and a
bundle given without an option all take a .strategy file. Run as an author would."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import run

ROOT = Path(__file__).resolve().parents[1]


def test_new_bundle_as_one_file_then_check(tmp_path: Path) -> None:
    out = tmp_path / "starter.strategy"
    made = run("--new-bundle", str(out))
    assert made.returncode == 0, made.stderr
    assert out.is_file()
    checked = run("--check", str(out))
    assert checked.returncode == 0, checked.stderr
    assert f"{out}: OK — 1 partners" in checked.stdout
    again = run("--new-bundle", str(out))
    assert again.returncode == 1
    assert "already exists" in again.stderr


def test_pack_a_folder_then_open_it(tmp_path: Path) -> None:
    out = tmp_path / "xiaomi.strategy"
    packed = run("--pack-bundle", str(ROOT / "data"), str(out))
    assert packed.returncode == 0, packed.stderr
    assert "version" in packed.stdout
    for args in (["--data", str(out)], [str(out)]):
        shot = tmp_path / "shot.png"
        shown = run(*args, "--screenshot", str(shot))
        assert shown.returncode == 0, shown.stderr
        assert shot.is_file()
        shot.unlink()


def test_pack_refuses_a_broken_folder_and_a_wrong_name(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    assert run("--new-bundle", str(folder)).returncode == 0
    (folder / "events.json").write_text("{", encoding="utf-8")
    result = run("--pack-bundle", str(folder), str(tmp_path / "b.strategy"))
    assert result.returncode == 1
    assert "events.json: line 1, column 2: invalid JSON" in result.stderr
    assert "nothing packed" in result.stderr
    assert not (tmp_path / "b.strategy").exists()
    wrong = run("--pack-bundle", str(ROOT / "data"), str(tmp_path / "b.zip"))
    assert wrong.returncode == 2
    assert "ends in .strategy" in wrong.stderr


def test_check_names_the_member(tmp_path: Path) -> None:
    fake = tmp_path / "fake.strategy"
    fake.write_bytes(b"not a zip")
    result = run("--check", str(fake))
    assert result.returncode == 1
    assert "not a one-file bundle: not a zip archive" in result.stderr
    shown = run(str(fake), "--screenshot", str(tmp_path / "s.png"))
    assert shown.returncode == 1
    assert "not a zip archive" in shown.stderr


def test_bundle_and_data_together_is_a_usage_error(tmp_path: Path) -> None:
    result = run(str(ROOT / "data"), "--data", str(ROOT / "data"), "--check")
    assert result.returncode == 2
    assert "either as BUNDLE or with --data" in result.stderr
