"""The wheel: built from this tree, installed into a fresh virtual environment, run from
another directory. Data and resources must come from the installed package, never from
the source tree or the current directory.

Marked `slow` (about 10 s) so that it can be left out with `-m "not slow"`; it runs by
default. To stay fast and offline the wheel is built without build isolation (hatchling
and PySide6 come from the test environment), and the fresh venv reaches the test
environment's PySide6 and pydantic through a .pth file instead of downloading them: a
plain path in a .pth file adds that folder only, so an editable install of this project
living there is not picked up.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from gui import __version__

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.strategyviewer.StrategyViewer"
PACKAGE = "strategy_viewer"  # the installed import name (pyproject.toml: the wheel's sources)

pytestmark = pytest.mark.slow


def _bin(env_dir: Path, name: str) -> Path:
    if sys.platform == "win32":
        return env_dir / "Scripts" / f"{name}.exe"
    return env_dir / "bin" / name


def _run(command: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(c) for c in command],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result


I18N = ROOT / "resources" / "i18n"


@pytest.fixture(scope="module")
def translations_before_build() -> dict[Path, int]:
    """The compiled translations' modification times, before the wheel is built."""
    return {qm: qm.stat().st_mtime_ns for qm in I18N.glob("*.qm")}


@pytest.fixture(scope="module")
def wheel(
    translations_before_build: dict[Path, int], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    out = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "-q", "-w", out]
    if importlib.util.find_spec("hatchling") is not None:
        command.append("--no-build-isolation")  # offline, and seconds instead of a minute
    _run(command)
    (built,) = out.glob("strategy_viewer-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False, symlinks=sys.platform != "win32").create(env_dir)
    python = _bin(env_dir, "python")
    site = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site.stdout.strip(), "test-environment.pth").write_text("\n".join(sorted(ours)) + "\n")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel])
    return env_dir


def test_building_leaves_unchanged_translations_untouched(
    wheel: Path, translations_before_build: dict[Path, int]
) -> None:
    """Qt maps a loaded .qm into memory: rewriting one in place crashed (SIGBUS) an app
    that a test beside the build was running."""
    assert translations_before_build, "dev.py compiles them before the tests"
    after = {qm: qm.stat().st_mtime_ns for qm in translations_before_build}
    assert after == translations_before_build


def test_a_changed_translation_is_put_in_place_by_a_rename(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    sys.path.insert(0, str(ROOT))
    try:
        import hatch_build
    finally:
        sys.path.remove(str(ROOT))
    folder = tmp_path / "resources" / "i18n"
    folder.mkdir(parents=True)
    (source,) = I18N.glob("*_zh_CN.ts")
    ts = folder / source.name
    ts.write_bytes(source.read_bytes())
    qm = ts.with_suffix(".qm")
    qm.write_bytes(b"an old, different translation")
    old_inode = qm.stat().st_ino
    assert hatch_build.compile_translations(tmp_path) == [qm]
    assert qm.stat().st_ino != old_inode, "a new file, not the old one rewritten"
    assert qm.read_bytes() == (I18N / qm.name).read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == [qm.name, ts.name], "no leftovers"


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "c"))
    env.update(XDG_DATA_HOME=str(home / "d"), XDG_CACHE_HOME=str(home / "k"))
    return env


def test_the_wheel_carries_data_resources_and_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        f"{PACKAGE}/__main__.py",
        f"{PACKAGE}/_bundled/data/bundle.json",
        f"{PACKAGE}/_bundled/resources/desktop/{APP_ID}.desktop",
        f"{PACKAGE}/_bundled/resources/icons/hicolor/256x256/apps/{APP_ID}.png",
        f"{PACKAGE}/_bundled/resources/icons/app/strategy-viewer.svg",
        f"{PACKAGE}/_bundled/resources/i18n/strategy_viewer_zh_CN.qm",
    ):
        assert name in names, name
    assert not [n for n in names if n.startswith(("tests/", "gui/"))], "no top-level gui"
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert f"[gui_scripts]\nstrategy-viewer = {PACKAGE}.__main__:main_cli" in text
    assert f"[console_scripts]\nstrategy-viewer-cli = {PACKAGE}.__main__:main_cli" in text


def test_the_installed_app_checks_its_own_bundled_content(installed: Path, tmp_path: Path) -> None:
    result = _run(
        [_bin(installed, "strategy-viewer-cli"), "--check"], cwd=tmp_path, env=_clean_env(tmp_path)
    )
    assert "OK — 9 partners" in result.stdout
    assert str(installed) in result.stdout, "the data comes from the installed package"
    version = _run([_bin(installed, "strategy-viewer"), "--version"], cwd=tmp_path)
    assert version.stdout.strip() == f"strategy-viewer {__version__}"


def test_the_installed_app_renders_a_screenshot_from_another_directory(
    installed: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _run(
        [_bin(installed, "strategy-viewer-cli"), "--screenshot", "shot.png", "--size", "1024x700"],
        cwd=elsewhere,
        env=_clean_env(tmp_path),
    )
    image = QImage(str(elsewhere / "shot.png"))
    assert (image.width(), image.height()) == (1024, 700)
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}
    assert len(colours) > 20, "a real window, not a blank image"
    where = _run(
        [
            _bin(installed, "python"),
            "-c",
            f"import {PACKAGE}.desktop.paths as p; print(p.resources_dir())",
        ],
        cwd=elsewhere,
        env=_clean_env(tmp_path),
    )
    assert Path(where.stdout.strip()).is_relative_to(installed)


def _clashing_wheel(folder: Path) -> Path:
    """A distribution as thousands on the package index are: a top-level `gui` package of
    its own, and a top-level `data/` folder in site-packages."""
    name, version = "clashing_gui", "1.0"
    dist_info = f"{name}-{version}.dist-info"
    files = {
        "gui/__init__.py": "raise ImportError('this is another project\\'s gui package')\n",
        "gui/__main__.py": "raise SystemExit('another project')\n",
        "data/bundle.json": "{}\n",
        f"{dist_info}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{dist_info}/WHEEL": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\n"
        "Tag: py3-none-any\n",
    }
    record = "".join(f"{path},,\n" for path in files) + f"{dist_info}/RECORD,,\n"
    wheel = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for path, text in files.items():
            archive.writestr(path, text)
        archive.writestr(f"{dist_info}/RECORD", record)
    return wheel


def _starts_checks_and_renders(env_dir: Path, home: Path) -> None:
    env = _clean_env(home)
    version = _run([_bin(env_dir, "strategy-viewer-cli"), "--version"], cwd=home, env=env)
    assert version.stdout.strip() == f"strategy-viewer {__version__}"
    check = _run([_bin(env_dir, "strategy-viewer-cli"), "--check"], cwd=home, env=env)
    assert "OK — 9 partners" in check.stdout
    shot = home / "shot.png"
    _run(
        [_bin(env_dir, "strategy-viewer-cli"), "--screenshot", shot, "--size", "1024x700"],
        cwd=home,
        env=env,
    )
    assert QImage(str(shot)).width() == 1024
    shot.unlink()


def test_the_installed_app_lives_beside_another_distributions_gui_and_data(
    wheel: Path, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    """Installed before and after another distribution with a top-level gui/ and data/,
    and after that one is uninstalled again, the app starts, checks and renders."""
    env_dir = tmp_path_factory.mktemp("venv-clash")
    venv.EnvBuilder(with_pip=False, symlinks=sys.platform != "win32").create(env_dir)
    python = _bin(env_dir, "python")
    site = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site.stdout.strip(), "test-environment.pth").write_text("\n".join(sorted(ours)) + "\n")
    pip = [sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps"]
    other = _clashing_wheel(tmp_path)
    _run([*pip, other])
    _run([*pip, wheel])
    assert (Path(site.stdout.strip()) / "data" / "bundle.json").exists()
    _starts_checks_and_renders(env_dir, tmp_path)
    _run([*pip, "--force-reinstall", other])  # the other one installed last
    _starts_checks_and_renders(env_dir, tmp_path)
    _run([sys.executable, "-m", "pip", "--python", python, "uninstall", "-q", "-y", "clashing_gui"])
    _starts_checks_and_renders(env_dir, tmp_path)
