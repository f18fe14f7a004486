"""Validators are built by pydantic in the process that uses them, and nothing is read
from a cache folder: a file there cannot become code (tests/test_startup.py checks a whole
start with planted pickles)."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, fields, is_dataclass
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from gui.content import load_bundle, schema, validation
from gui.content.schema import BUNDLE_FILES, Citation, Partner


class _Planted:
    """Unpickled, it creates the file it names: what an attacker would plant."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[Path]]:
        return (Path.touch, (self.marker,))


def test_the_payload_of_a_planted_pickle_would_run(tmp_path: Path) -> None:
    # So that the test below proves something: loading this pickle does create the file.
    marker = tmp_path / "ran"
    pickle.loads(pickle.dumps(_Planted(marker)))
    assert marker.exists()


def test_a_planted_pickle_in_the_cache_folder_is_never_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    marker = tmp_path / "ran"
    cache = tmp_path / "cache"
    folder = cache / "StrategyViewer" / "strategy-viewer"  # where the app's cache is
    folder.mkdir(parents=True)
    for name in ("validators-00000000.pickle", "kiosk-validators-00000000.pickle"):
        (folder / name).write_bytes(pickle.dumps(_Planted(marker)))
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.chdir(folder)
    validation.adapter.cache_clear()  # as a new process starts: nothing built yet

    assert load_bundle(data_dir).partners
    assert not marker.exists()
    assert sorted(p.name for p in folder.iterdir()) == [
        "kiosk-validators-00000000.pickle",
        "validators-00000000.pickle",
    ]  # nothing written, nothing removed: the folder is not looked at


def test_each_validator_is_built_once_a_process() -> None:
    first = validation.validator("partners.json")
    assert isinstance(first, TypeAdapter)
    assert validation.validator("partners.json") is first
    assert {name: validation.validator(name) for name in BUNDLE_FILES}.keys() == BUNDLE_FILES.keys()


def test_the_schema_classes_are_frozen_slotted_keyword_only_dataclasses() -> None:
    for cls in vars(schema).values():
        if isinstance(cls, type) and is_dataclass(cls) and cls.__module__ == schema.__name__:
            params = cls.__dataclass_params__  # type: ignore[attr-defined]
            assert params.frozen, cls
            assert "__slots__" in vars(cls), cls
            assert all(f.kw_only for f in fields(cls)), cls
            assert cls.__pydantic_config__ == {"strict": True, "extra": "forbid"}, cls


def test_a_record_made_in_code_is_a_plain_value(content: object) -> None:
    citation = Citation(source="article", sentence="s1")
    assert citation == Citation(source="article", sentence="s1")
    assert repr(citation) == "Citation(source='article', sentence='s1', note=None)"
    assert not hasattr(citation, "__dict__")
    with pytest.raises(FrozenInstanceError):
        citation.source = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Citation("article")  # type: ignore[misc]


def test_records_made_from_python_data_are_strict_unless_asked() -> None:
    data = {
        "id": "p1",
        "name": "Someone",
        "name_zh": "某人",
        "cohort": "c1",
        "partner_since": None,
        "roles": [{"text": "Engineer", "citations": [{"source": "article"}]}],
        "citations": [{"source": "article"}],
    }
    with pytest.raises(ValueError, match="instance of Partner"):
        validation.validate_python(Partner, data)  # strict: no dict becomes a record
    partner = validation.validate_python(Partner, data, strict=False)
    assert partner.roles[0].citations == (Citation(source="article"),)


_LOAD_WITH_A_PLUGIN_INSTALLED = """
import sys
from importlib.metadata import entry_points
assert [e.name for e in entry_points(group="pydantic")] == ["spy"], "the plugin is installed"
from gui.content import load_bundle
from gui.desktop.paths import data_dir
load_bundle(data_dir())
print("loaded")
"""


def test_no_installed_pydantic_plugin_is_loaded_or_sees_a_bundle(tmp_path: Path) -> None:
    """pydantic loads any plugin an installed distribution registers, and lets it observe
    every validation (observability plugins send what they see to a server). The app is
    offline by construction: none is loaded."""
    from tests.app_process import app_env, run_app

    site = tmp_path / "site"
    dist = site / "spy-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: spy\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[pydantic]\nspy = spy_plugin:plugin\n")
    marker = tmp_path / "loaded"
    (site / "spy_plugin.py").write_text(
        f"import pathlib\npathlib.Path({str(marker)!r}).touch()\nplugin = object()\n"
    )
    env = app_env()
    env["PYTHONPATH"] = f"{env['PYTHONPATH']}:{site}"
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    result = run_app(code=_LOAD_WITH_A_PLUGIN_INSTALLED, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "loaded" in result.stdout
    assert not marker.exists()
