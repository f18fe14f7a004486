"""Toneless pinyin for Chinese names and text, as the search index stores it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gui.content.pinyin import PinyinTable, has_han


@pytest.fixture(scope="module")
def table() -> PinyinTable:
    return PinyinTable()


def forms(table: PinyinTable, name: str) -> list[str]:
    return [text for text, _ in table.name_forms(name)]


def test_a_name_as_people_type_it(table: PinyinTable) -> None:
    assert forms(table, "卢伟冰") == ["lu wei bing", "lu weibing", "luweibing"]
    assert forms(table, "周受资") == ["zhou shou zi", "zhou shouzi", "zhoushouzi"]
    assert forms(table, "雷军") == ["lei jun", "leijun"]


def test_compound_family_names_stay_together(table: PinyinTable) -> None:
    assert "ouyang xiu" in forms(table, "欧阳修")


def test_family_names_are_found_by_their_other_readings(table: PinyinTable) -> None:
    assert {"zeng guofan", "ceng guofan"} <= set(forms(table, "曾国藩"))
    assert "shan tianfang" in forms(table, "单田芳")


def test_u_umlaut_is_also_spelt_v(table: PinyinTable) -> None:
    assert {"lu bu", "lv bu"} <= set(forms(table, "吕布"))


def test_text_gets_pinyin_for_each_run_of_chinese(table: PinyinTable) -> None:
    assert [t for t, _ in table.text_forms("three iron rules (三大铁律).")] == [
        "san da tie lu",
        "sandatielu",
    ]
    assert table.text_forms("no Chinese here") == []


def test_maps_lead_back_to_the_characters(table: PinyinTable) -> None:
    text, where = table.name_forms(" 卢伟冰")[1]  # "lu weibing", after a leading space
    start = text.index("weibing")
    end = start + len("weibing")
    assert " 卢伟冰"[where[start] : where[end - 1] + 1] == "伟冰"


def test_the_index_form_matches_the_mapped_forms(table: PinyinTable) -> None:
    for name in ["卢伟冰", "曾国藩", "欧阳修", "单田芳", "李", "王X", "艾哈迈德·加西亚", ""]:
        expected = "\x1f".join(text for text, _ in table.name_forms(name))
        assert table.name_index(name) == expected, name


def test_released_table_keeps_what_it_looked_up() -> None:
    table = PinyinTable()
    assert table.readings("卢") == ("lu",)
    table.release()
    assert table.readings("卢") == ("lu",)
    assert table.readings("冰") == ()  # never looked up: no dictionary any more


def test_has_han() -> None:
    assert has_han("all-staff letter (全员信)")
    assert not has_han("Rédmi")


def test_the_pypinyin_package_is_not_imported() -> None:
    """Only its small character dictionary is read; the package would cost ~58 MB."""
    code = (
        "import sys; from gui.content.pinyin import PinyinTable; "
        "assert PinyinTable().readings('卢') == ('lu',); "
        "assert 'pypinyin' not in sys.modules, 'pypinyin was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


def test_a_damaged_pypinyin_install_means_no_pinyin_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A build whose dictionary file went missing: pypinyin raises FileNotFoundError on
    import; search must still work, just without pinyin."""
    import builtins

    from gui.content import pinyin

    real_import = builtins.__import__

    def damaged(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.startswith("pypinyin"):
            raise FileNotFoundError("pinyin_dict.json")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(pinyin, "_dictionary_path", lambda: None)
    monkeypatch.setattr(builtins, "__import__", damaged)
    assert pinyin._load_raw() == {}
    assert "pinyin_dict.json" in caplog.text
