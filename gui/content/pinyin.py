"""Toneless pinyin for Chinese text, so that "lu weibing" finds 卢伟冰.

Only pypinyin's single-character dictionary is used, read straight from the JSON file the
package ships: importing pypinyin itself loads its phrase dictionary and costs about 58 MB,
while the readings of the characters a bundle actually uses cost a few kilobytes. Without
the phrase machinery a character gets its most common reading; for names, where a wrong
reading matters most, the family name is also indexed under its other readings (曾 is "zeng"
as a family name, "ceng" in running text).

Everything here works on folded text positions: each function returns, besides the pinyin,
which character of the original each pinyin character stands for, so a search can highlight
卢伟冰 when "weibing" matched.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import unicodedata
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

# Two-character family names: the given name starts after them.
_COMPOUND = (
    "欧阳司马诸葛上官东方皇甫尉迟公孙慕容长孙宇文司徒夏侯"
    "令狐澹台端木独孤南宫申屠轩辕西门呼延万俟闻人第五"
)
_COMPOUND_SURNAMES = frozenset(_COMPOUND[i : i + 2] for i in range(0, len(_COMPOUND), 2))
# Names longer than this are not treated as "family name + given name".
_MAX_NAME = 4
# Readings of a family name to index besides the first (曾 zeng/ceng, 单 shan/dan, …).
_MAX_SURNAME_READINGS = 3

# Separates the forms of one text in the index (the index's field separator).
_FORM_SEP = "\x1f"
# What a character without a reading becomes in a name's translate table.
_NOT_PINYIN = "\x00"

# (index in the original text, toneless syllable) for one run of Chinese characters.
Run = list[tuple[int, str]]


def _toneless(syllable: str) -> str:
    """'lǘ' → 'lu', 'wěi' → 'wei'."""
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _v_spelling(syllable: str) -> str:
    """'lǚ' → 'lv'; '' for a syllable without ü."""
    decomposed = unicodedata.normalize("NFD", syllable.strip())
    if "u\u0308" not in decomposed:
        return ""
    decomposed = decomposed.replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _dictionary_path() -> Path | None:
    """pypinyin's single-character dictionary, found without importing the package."""
    try:
        spec = importlib.util.find_spec("pypinyin")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "pinyin_dict.json"
        if path.is_file():
            return path
    return None


def _load_raw() -> dict[int, str]:
    """Code point → "lú,lǔ"-style readings, or {} when pypinyin is not installed."""
    path = _dictionary_path()
    if path is not None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return {int(code): str(value) for code, value in raw.items()}
        except (OSError, ValueError, AttributeError) as exc:
            log.warning("cannot read %s (%s); trying the pypinyin package", path, exc)
    # Imported here because it is only a fallback, for a packaged build that keeps the
    # dictionary as a module alone; pypinyin is optional.
    try:
        from pypinyin.pinyin_dict import pinyin_dict
    except (ImportError, OSError) as exc:  # OSError: an install missing its data files
        log.warning("pypinyin is unusable (%s): Chinese text cannot be searched by pinyin", exc)
        return {}
    return {int(code): str(value) for code, value in pinyin_dict.items()}


def is_han(char: str) -> bool:
    """Whether `char` is a CJK ideograph (the characters pinyin is given for)."""
    code = ord(char)
    return (
        0x3400 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3134F
        or code == 0x3007  # 〇
    )


def has_han(text: str) -> bool:
    return not text.isascii() and any(is_han(c) for c in text)


class PinyinTable:
    """The toneless readings of Chinese characters, looked up as a bundle is indexed.

    The dictionary is read on the first Chinese character and dropped by `release()`, after
    which only the readings of the characters seen so far are kept (a few kilobytes).
    """

    def __init__(self, readings: dict[str, tuple[str, ...]] | None = None) -> None:
        self._readings: dict[str, tuple[str, ...]] = dict(readings or {})
        self._raw: dict[int, str] | None = None
        self._released = readings is not None
        # str.translate tables for names: a character → its first syllable (joined) or the
        # syllable and a space (spaced); _NOT_PINYIN for anything without a reading.
        self._joined = _LazyTable(lambda char: self._first(char, ""))
        self._spaced = _LazyTable(lambda char: self._first(char, " "))
        self._names: dict[str, str] = {}  # name_index() while indexing

    def _first(self, char: str, after: str) -> str:
        found = self.readings(char) if is_han(char) else ()
        return found[0] + after if found else _NOT_PINYIN

    def release(self) -> None:
        """Forget the dictionary; characters not looked up yet have no reading from now on."""
        self._raw = None
        self._names.clear()
        self._released = True

    def readings(self, char: str) -> tuple[str, ...]:
        found = self._readings.get(char)
        if found is not None:
            return found
        if self._released:
            return ()
        if self._raw is None:
            self._raw = _load_raw()
        value = self._raw.get(ord(char), "")
        syllables: list[str] = []
        for reading in value.split(","):
            syllable = _toneless(reading.strip())
            if syllable and syllable not in syllables:
                syllables.append(syllable)
        # ü is typed as v on most keyboards: 吕 is found by "lu" and by "lv".
        for reading in value.split(","):
            v = _v_spelling(reading)
            if v and v not in syllables:
                syllables.append(v)
        self._readings[char] = found = tuple(syllables)
        return found

    def __len__(self) -> int:
        """The number of characters looked up so far."""
        return len(self._readings)

    def runs(self, text: str) -> list[Run]:
        """Maximal runs of characters that have a reading, each with its first reading."""
        runs: list[Run] = []
        current: Run = []
        for i, char in enumerate(text):
            found = self.readings(char) if is_han(char) else ()
            if found:
                current.append((i, found[0]))
            elif current:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
        return runs

    # --- the pinyin a search index holds ---------------------------------------------------

    def text_forms(self, text: str) -> list[tuple[str, list[int]]]:
        """For each run of Chinese in `text`: its syllables spaced ("quan yuan xin") and
        joined ("quanyuanxin"), each with the original index of every character."""
        forms: list[tuple[str, list[int]]] = []
        for run in self.runs(text):
            forms.append(_spaced(run))
            if len(run) > 1:
                forms.append(_joined(run))
        return forms

    def text_index(self, text: str) -> str:
        """`text_forms` as the search index stores them: one string, forms separated."""
        return _FORM_SEP.join(form for form, _ in self.text_forms(text))

    def name_forms(self, name: str) -> list[tuple[str, list[int]]]:
        """A Chinese personal name as people type it: "lu wei bing", "lu weibing" and
        "luweibing", also with the family name's other readings."""
        offset = len(name) - len(name.lstrip())
        name = name.strip()
        runs = self.runs(name)
        if not _is_plain_name(name) or len(runs) != 1 or len(runs[0]) != len(name):
            return self.text_forms(name)  # not a plain Chinese name: treat as text
        run = [(index + offset, syllable) for index, syllable in runs[0]]
        family = _family_length(name)
        first_readings = [self.readings(name[k])[:_MAX_SURNAME_READINGS] for k in range(family)]
        forms: dict[str, list[int]] = {}
        for variant in _family_variants(run, family, first_readings):
            for text, where in (_spaced(variant), _grouped(variant, family), _joined(variant)):
                forms.setdefault(text, where)
        return list(forms.items())

    def name_index(self, name: str) -> str:
        """`name_forms` as the search index stores them, without the maps: the same texts,
        made with `str.translate`, and remembered while indexing, because a bundle may name
        100,000 people."""
        found = self._names.get(name)
        if found is None:
            found = self._name_index(name.strip())
            if not self._released:
                self._names[name] = found
        return found

    def _name_index(self, name: str) -> str:
        size = len(name)
        joined = name.translate(self._joined)
        if not 0 < size <= _MAX_NAME or _NOT_PINYIN in joined:
            return self.text_index(name)
        family = _family_length(name)
        if size == 1:
            forms = [joined]
        elif size == 2:
            forms = [name.translate(self._spaced)[:-1], joined]
        else:
            head = name[:family].translate(self._joined)
            spaced = name.translate(self._spaced)[:-1]
            forms = [spaced, f"{head} {joined[len(head) :]}", joined]
        known = self._readings  # translate() has looked up every character of `name`
        if len(known[name[0]]) > 1 or (family > 1 and len(known[name[1]]) > 1):
            syllables = [known[char][0] for char in name]
            for k in range(family):
                for other in known[name[k]][1:_MAX_SURNAME_READINGS]:
                    variant = [*syllables[:k], other, *syllables[k + 1 :]]
                    head, tail = "".join(variant[:family]), "".join(variant[family:])
                    forms += [" ".join(variant), f"{head} {tail}" if tail else head]
                    forms.append(head + tail)
            forms = list(dict.fromkeys(forms))
        return _FORM_SEP.join(forms)


class _LazyTable(dict[int, str]):
    """A `str.translate` table computed one character at a time, on first use."""

    def __init__(self, compute: Callable[[str], str]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, code: int) -> str:
        value = self[code] = self._compute(chr(code))
        return value


def _is_plain_name(name: str) -> bool:
    return 0 < len(name) <= _MAX_NAME


def _family_length(name: str) -> int:
    return 2 if len(name) > 2 and name[:2] in _COMPOUND_SURNAMES else 1


def _family_variants(run: Run, family: int, readings: list[tuple[str, ...]]) -> list[Run]:
    variants = [run]
    for k in range(family):
        for other in readings[k][1:]:
            variant = list(run)
            variant[k] = (run[k][0], other)
            variants.append(variant)
    return variants


def _spaced(run: Run) -> tuple[str, list[int]]:
    where: list[int] = []
    for n, (index, syllable) in enumerate(run):
        where.extend([index] * (len(syllable) + (n > 0)))
    return " ".join(s for _, s in run), where


def _joined(run: Run) -> tuple[str, list[int]]:
    where: list[int] = []
    for index, syllable in run:
        where.extend([index] * len(syllable))
    return "".join(s for _, s in run), where


def _grouped(run: Run, family: int) -> tuple[str, list[int]]:
    """Family name, a space, the given name joined: "lu weibing", "ouyang xiu"."""
    head, head_where = _joined(run[:family])
    if family >= len(run):
        return head, head_where
    tail, tail_where = _joined(run[family:])
    return f"{head} {tail}", [*head_where, run[family][0], *tail_where]
