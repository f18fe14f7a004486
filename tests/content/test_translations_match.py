"""Each Chinese translation says what the English says: the same numbers, dates and names.

A translation may reword freely, but a figure, a date or a person must never change on the
way: every number of the English is in the Chinese (a "10 bn yuan" as 100亿), every date
in the Chinese form the app writes (16 August 2020 → 2020年8月16日), and every partner the
English names is there by their Chinese name. Nothing of ours is left untranslated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from gui.content import Content
from gui.content.coverage import coverage, localized_texts
from gui.content.schema import Localized

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DATE = re.compile(rf"\b(?:(\d{{1,2}}) )?({'|'.join(MONTHS)}) (\d{{4}})\b")
_BILLIONS = re.compile(r"\b(\d+) bn\b")
_NUMBER = re.compile(r"\d[\d,]*\d|\d")


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def _english_numbers(text: str) -> set[str]:
    """The numbers of an English text as Chinese writes them: 10 bn (billion) is 100亿."""
    text = _BILLIONS.sub(lambda m: f"{int(m[1]) * 10}亿", text)
    return _numbers(text)


def _chinese_dates(text: str) -> list[str]:
    """'16 August 2020' → '2020年8月16日'; 'April 2032' → '2032年4月'."""
    dates = []
    for day, month, year in _DATE.findall(text):
        chinese = f"{year}年{MONTHS.index(month) + 1}月"
        dates.append(f"{chinese}{int(day)}日" if day else chinese)
    return dates


def _pairs(content: Content) -> Iterator[tuple[str, str, str]]:
    """(where, English, Chinese) for every text the bundle has in both languages, and
    every quote with its translation."""
    for file, where, text in localized_texts(content):
        if text.en and text.zh:
            yield f"{file}: {where}", text.en, text.zh
    for i, quote in enumerate(content.strategy.quotes):
        if quote.translation and quote.translation.zh:
            yield f"strategy.json: quotes[{i}]", quote.text, quote.translation.zh


def test_every_text_is_in_both_languages(content: Content) -> None:
    found = coverage(content)
    assert found.missing == ()
    assert found.total > 100


def test_numbers_match(content: Content) -> None:
    wrong = [
        f"{where}: {sorted(_english_numbers(en) - _numbers(zh))} not in {zh!r}"
        for where, en, zh in _pairs(content)
        if not _english_numbers(en) <= _numbers(zh)
    ]
    assert wrong == []


def test_dates_match(content: Content) -> None:
    wrong = [
        f"{where}: {date} not in {zh!r}"
        for where, en, zh in _pairs(content)
        for date in _chinese_dates(en)
        if date not in zh
    ]
    assert wrong == []


def test_names_match(content: Content) -> None:
    names = [(p.name, p.name_zh) for p in content.partners]
    names.append((content.bundle.company, content.bundle.company_zh or content.bundle.company))
    wrong = [
        f"{where}: {name} ({name_zh}) not in {zh!r}"
        for where, en, zh in _pairs(content)
        for name, name_zh in names
        if name in en and name_zh not in zh and name not in zh
    ]
    assert wrong == []


def test_established_chinese_names_are_used(content: Content) -> None:
    """The names the fact sheet gives (FACTS.md) are the ones the Chinese text uses."""
    chinese = " ".join(zh for _, _, zh in _pairs(content))
    for name in (
        "合伙人制度",
        "新十年创业者计划",
        "手机×AIoT",
        "三大铁律",
        "全员信",
        "年轻核心干部",
    ):
        assert name in chinese, name
    assert "合作伙伴" not in chinese  # the partners are people: 合伙人


@pytest.mark.parametrize(
    ("english", "expected"),
    [
        ("over 10 bn yuan on 16 August 2020", ({"100亿", "16", "2020"}, ["2020年8月16日"])),
        ("174,901,942 shares to April 2032", ({"174901942", "2032"}, ["2032年4月"])),
    ],
)
def test_the_checks_themselves(english: str, expected: tuple[set[str], list[str]]) -> None:
    numbers, dates = expected
    assert {n for n in _english_numbers(english)} == {n.removesuffix("亿") for n in numbers}
    assert _chinese_dates(english) == dates


def test_a_text_in_one_language_is_reported(content: Content) -> None:
    from dataclasses import replace

    headline = replace(content.bundle.headline, text=Localized(en="Only English"))
    partial = replace(content, bundle=replace(content.bundle, headline=headline))
    found = coverage(partial)
    assert found.missing == (("bundle.json", "headline.text", "zh"),)
    assert found.warnings() == ["warning: bundle.json: headline.text: no zh text"]
    assert found.percent("zh") < 100 == found.percent("en")
