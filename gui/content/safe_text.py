"""Text from a bundle made safe to display: no hidden reordering, no invisible characters,
no unbreakable mile-long words, never markup.

The loaded content keeps every string exactly as the author wrote it (search, `--check` and
exports see the truth); views pass data through these helpers at the last moment, where
text meets a widget. Sanitising at load time would also hide from an author why a name
looks different in the app than in the file.

What is removed and why:
- bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder the
  text around them, so "U+202E gnp.exe" reads as "exe.png" ("Trojan Source" spoofing). The
  plain marks LRM, RLM and ALM are kept: they only nudge neutral characters beside them and
  real right-to-left text needs them.
- zero-width spaces, word joiners and stray byte order marks (U+200B, U+2060, U+FEFF,
  U+180E): invisible, they make two different strings look alike. ZWJ and ZWNJ (U+200D,
  U+200C) are kept: emoji sequences and Persian and Indic scripts need them.
- C0 and C1 control characters other than tab and newline: they have no glyph and some
  (NUL) cut text short in C++ code.

No Qt here: the functions are plain string functions, tested without widgets.
"""

from __future__ import annotations

import re

# Characters removed for display (see the module docstring for the reasons). A regular
# expression rather than str.translate: it scans long texts in C, several times faster.
_HIDDEN = re.compile(
    "["
    "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 and C1 controls but tab and newline (CR: below)
    "\u202a-\u202e"  # LRE RLE PDF LRO RLO
    "\u2066-\u2069"  # LRI RLI FSI PDI
    "\u200b\u2060\ufeff\u180e"  # ZWSP, WJ, BOM/ZWNBSP, Mongolian vowel separator
    "\u206a-\u206f"  # deprecated shaping and digit controls
    "\ufff9-\ufffb"  # interlinear annotation anchors
    "]+"
)
_LINE_BREAK = re.compile("\r\n?|[\u2028\u2029]")

ZERO_WIDTH_SPACE = "\u200b"
# A run of this many characters with no break opportunity gets one: Qt cannot wrap inside
# a word, and a single 5,000-letter "word" would otherwise make its label 40,000 px wide.
# No real word is this long. CJK text breaks between its characters anyway, so a CJK
# character ends a run: counted into one, a Chinese sentence got a break every thirty
# characters, wherever it fell ("标注“2" on one line, "020年8月16日" on the next).
LONG_WORD = 30
_CJK = (
    "\u2e80-\u9fff"  # radicals, punctuation, kana, ideographs
    "\ua960-\ua97f\uac00-\ud7ff"  # Hangul
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"  # compatibility and full-width forms
    "\U00020000-\U0003ffff"  # the ideographs beyond the BMP
)
_LONG_RUN = re.compile(rf"[^\s\u200b{_CJK}-]{{{LONG_WORD + 1},}}")


def display_text(text: str) -> str:
    """`text` without the characters that hide, spoof or reorder what is shown.

    Carriage returns and Unicode line/paragraph separators become plain newlines.
    """
    return _HIDDEN.sub("", _LINE_BREAK.sub("\n", text))


def one_line(text: str) -> str:
    """`display_text` on a single line (window titles, buttons, combo box items)."""
    return " ".join(display_text(text).split())


def wrappable(text: str, every: int = LONG_WORD) -> str:
    """`text` with an invisible break opportunity in every run longer than `every`
    characters, so that word-wrapping labels and painted cards can wrap it."""

    def split(match: re.Match[str]) -> str:
        run = match.group(0)
        return ZERO_WIDTH_SPACE.join(run[i : i + every] for i in range(0, len(run), every))

    return _LONG_RUN.sub(split, text)


def wrapped_display_text(text: str) -> str:
    """What a word-wrapping widget shows: `display_text`, then `wrappable`."""
    return wrappable(display_text(text))


def elided(text: str, limit: int = 60) -> str:
    """`one_line(text)`, cut to `limit` characters with an ellipsis (for buttons)."""
    line = one_line(text)
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def tooltip_html(text: str) -> str:
    """A tooltip showing `text` literally.

    Qt guesses whether a tooltip is rich text (`Qt::mightBeRichText`), so a plain string such
    as "<img src=...>" from a bundle would be rendered, image and all. Escaped HTML is shown
    as the literal characters, and long tooltips wrap instead of running off the screen.
    """
    escaped = _escaped(wrapped_display_text(text)).replace("\n", "<br>")
    return f"<p>{escaped}</p>"


def _escaped(text: str) -> str:
    """`html.escape(text, quote=False)`, without importing the html package at start-up."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
