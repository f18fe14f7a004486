#!/usr/bin/env python3
"""Set up a local virtual environment and run the app or the checks. Standard library only.

python3 dev.py run [APP OPTIONS...]   create .venv if needed, then start Strategy Viewer
python3 dev.py test [PYTEST ARGS...]  create .venv if needed, then lint and run the tests
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"


def requirements() -> list[str]:
    """The app's dependencies and the test extra's, as pyproject.toml declares them."""
    import tomllib  # Python 3.11+: imported after main() has checked the version

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["test"]]


def ensure_venv() -> None:
    """(Re)install only when pyproject.toml changed: a no-op start costs nothing.

    The dependencies are installed, not the project: the wheel installs the package under
    another name (strategy_viewer), which an editable install cannot map. Instead a .pth
    file puts this checkout on the venv's path, so `gui` is imported from the source tree
    wherever a script runs (tests, benchmarks, the standalone build)."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted and PYTHON.exists():
        return
    print("Setting up .venv (first run only)…", flush=True)
    venv.EnvBuilder(with_pip=True, clear=not PYTHON.exists()).create(VENV)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    if subprocess.call([*pip, *requirements()]) != 0:
        sys.exit("Installing the dependencies into .venv failed (see pip's message above).")
    purelib = subprocess.run(
        [str(PYTHON), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(purelib, "strategy_viewer_checkout.pth").write_text(f"{ROOT}\n", encoding="utf-8")
    STAMP.write_text(wanted)


def compile_translations() -> None:
    """Compile Qt Linguist sources whose .qm is missing or older (a wheel build does this
    itself; a source checkout needs it here)."""
    lrelease = next(
        (BIN / n for n in ("pyside6-lrelease", "pyside6-lrelease.exe") if (BIN / n).exists()), None
    )
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if lrelease and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            # Compiled aside, then renamed: a running app has the old .qm mapped into
            # memory, and rewriting it in place would crash that app.
            fresh = qm.with_name(f".{qm.name}.tmp")
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
            os.replace(fresh, qm)


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs under any python3
        sys.exit("Strategy Viewer needs Python 3.11 or newer.")
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    ensure_venv()
    compile_translations()
    command, rest = argv[0], argv[1:]
    if command == "run":
        return subprocess.call([str(PYTHON), "-m", "gui", *rest])
    for check in (["ruff", "check", "."], ["ruff", "format", "--check", "."]):
        if subprocess.call([str(PYTHON), "-m", *check], cwd=ROOT) != 0:
            return 1
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # One worker a core (pytest-xdist), a test file a worker: the suite is mostly Qt
    # windows built one after another, and runs twice as fast on two cores.
    serial = any(arg.startswith("-n") or arg == "no:xdist" for arg in rest)
    parallel = [] if serial else ["-n", "auto", "--dist", "loadfile"]
    return subprocess.call([str(PYTHON), "-m", "pytest", *parallel, *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
