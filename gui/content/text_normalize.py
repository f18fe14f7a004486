"""Fold text for searching: case-, accent- and width-insensitive, one character at a time.

`fold` maps every character on its own (compatibility decomposition, case folding, combining
marks dropped, typographic quotes and dashes made plain), so a folded string can always be
mapped back to the text it came from: `fold_with_map` does that for the few texts a search
shows. Because the mapping never looks at a character's neighbours, folding "e" + U+0301 and
folding "é" give the same "e", and folding a whole text equals folding its parts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

# Characters that fold to something other than their decomposition says.
_SPECIAL = {
    "\u2018": "'",  # ‘
    "\u2019": "'",  # ’
    "\u201a": "'",  # ‚
    "\u201b": "'",  # ‛
    "\u2032": "'",  # ′
    "\u201c": '"',  # “
    "\u201d": '"',  # ”
    "\u201e": '"',  # „
    "\u2033": '"',  # ″
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2015": "-",  # horizontal bar
    "\u2212": "-",  # minus sign
    "\u00d7": "x",  # multiplication sign: "Mobile × AIoT" is found by "mobile x aiot"
    "_": " ",  # so that a "word" is exactly what str.isalnum() says
}


def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    category = unicodedata.category(char)
    if category[0] == "C" or category in ("Zl", "Zp"):
        return " "  # controls, format characters, line breaks: never part of a match
    text = unicodedata.normalize("NFKD", char).casefold()
    text = unicodedata.normalize("NFKD", text)
    return "".join(_SPECIAL.get(c, c) for c in text if unicodedata.category(c) not in ("Mn", "Me"))


class _FoldTable(dict[int, str]):
    """`str.translate` table, filled on first use of each character (then looked up in C)."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()


class _IrregularTable(dict[int, str | None]):
    """`str.translate` table keeping only characters that do not fold to exactly one."""

    def __missing__(self, code: int) -> str | None:
        kept = None if len(_TABLE[code]) == 1 else chr(code)
        self[code] = kept
        return kept


_IRREGULAR = _IrregularTable()
# ASCII folds to lower case, except controls and "_" (fixed up by this small table).
_ASCII_FIX = {code: " " for code in [*range(32), 127, ord("_")]}


def fold(text: str) -> str:
    """`text` as the search index sees it: "ＲÉdmi" → "redmi", "Xiaomi’s" → "xiaomi's"."""
    if text.isascii():
        text = text.lower()
        if "_" in text or not text.isprintable():
            text = text.translate(_ASCII_FIX)
        return text
    return text.translate(_TABLE)


def fold_with_map(text: str) -> tuple[str, Sequence[int]]:
    """`fold(text)`, and for each of its characters the index in `text` it came from.

    The map has one extra entry, `len(text)`, so that `map[end]` is valid for a match that
    runs to the end. Most texts fold one character to one (checked in C), and get a range.
    """
    if text.isascii() or not text.translate(_IRREGULAR):
        folded = fold(text)
        return folded, range(len(folded) + 1)
    parts: list[str] = []
    where: list[int] = []
    get = _TABLE.__getitem__
    for i, char in enumerate(text):
        folded = get(ord(char))
        if folded:
            parts.append(folded)
            where.extend([i] * len(folded))
    where.append(len(text))
    return "".join(parts), where


def is_word_char(char: str) -> bool:
    """Whether a folded character is part of a word (letters, digits, ideographs)."""
    return char.isalnum()
