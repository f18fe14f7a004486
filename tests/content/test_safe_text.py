"""Display-safe text: hidden and reordering characters go, long words get break points,
tooltips are escaped. Plain string functions: no Qt needed."""

from __future__ import annotations

import html

import pytest

from gui.content.safe_text import (
    LONG_WORD,
    ZERO_WIDTH_SPACE,
    display_text,
    elided,
    one_line,
    tooltip_html,
    wrappable,
    wrapped_display_text,
)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("abc\u202egnp.exe", "abcgnp.exe"),  # right-to-left override
        ("\u2066isolated\u2069", "isolated"),
        ("in\u200bvisible\u2060joiner\ufeff", "invisiblejoiner"),
        ("nul\x00 bell\x07 esc\x1b[31m c1\x85", "nul bell esc[31m c1"),
        ("windows\r\nmac\rseparator\u2028end", "windows\nmac\nseparator\nend"),
        ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
    ],
)
def test_display_text_removes_hidden_characters(raw: str, shown: str) -> None:
    assert display_text(raw) == shown


@pytest.mark.parametrize(
    "text",
    [
        "Lei Jun 雷军",
        "<b>bold</b> & <img src='x'>",  # markup is left alone: widgets show it as text
        "שלום\u200f (RTL mark kept)",
        "فارسی\u200cزبان",  # ZWNJ is part of Persian spelling
        "👩\u200d💻",  # ZWJ joins an emoji sequence
        "soft\u00adhyphen",
    ],
)
def test_display_text_keeps_real_text(text: str) -> None:
    assert display_text(text) == text


def test_one_line() -> None:
    assert one_line("  two\nlines\u202e  and\tspaces ") == "two lines and spaces"


def test_wrappable_breaks_only_long_runs() -> None:
    word = "x" * 5000
    broken = wrappable(word)
    assert broken.replace(ZERO_WIDTH_SPACE, "") == word
    assert max(len(part) for part in broken.split(ZERO_WIDTH_SPACE)) == LONG_WORD
    normal = "Smartphones are the core business; AIoT is the catalyst."
    assert wrappable(normal) == normal


def test_chinese_text_keeps_its_own_break_points() -> None:
    """Qt breaks CJK text between its characters: a break every thirty characters of a
    Chinese sentence only split its numbers and Latin words ("“2" / "020年")."""
    sentence = "本应用其余内容均截至2020年8月16日；此后的事件标注“2020年8月16日之后”。"
    assert len(sentence) > LONG_WORD
    assert wrappable(sentence) == sentence
    assert wrappable("雷" * 5000) == "雷" * 5000
    # A long Latin run inside Chinese text is still broken up, and only it.
    mixed = "小米" + "x" * 100 + "手机×AIoT"
    broken = wrappable(mixed)
    assert broken.replace(ZERO_WIDTH_SPACE, "") == mixed
    assert broken.startswith("小米")
    assert broken.endswith("手机×AIoT")
    assert broken.count(ZERO_WIDTH_SPACE) == 3


def test_wrapped_display_text_strips_then_breaks() -> None:
    hostile = "\u200b".join(["y" * 20] * 10)  # the author's own break points are removed...
    shown = wrapped_display_text(hostile)
    # ...and ours put in their place, at most LONG_WORD apart.
    assert shown.replace(ZERO_WIDTH_SPACE, "") == "y" * 200
    assert all(len(part) <= LONG_WORD for part in shown.split(ZERO_WIDTH_SPACE))


def test_elided() -> None:
    assert elided("short") == "short"
    cut = elided("a" * 100, 10)
    assert cut == "a" * 9 + "…"
    assert len(elided("word " * 100, 40)) <= 40


def test_tooltip_html_shows_markup_literally() -> None:
    raw = '<img src="file:///etc/passwd"> & <a href="file:///etc">x</a>\nline\u202e two'
    tip = tooltip_html(raw)
    assert tip.startswith("<p>")  # rich text on purpose: Qt then wraps long tooltips
    assert "<img" not in tip
    assert "<a " not in tip
    assert '&lt;img src="file:///etc/passwd"&gt;' in tip
    assert "<br>" in tip
    shown = html.unescape(tip.removeprefix("<p>").removesuffix("</p>").replace("<br>", "\n"))
    assert shown == display_text(raw)
