"""Search over every piece of content: names, titles, texts, numbers, dates and pinyin.

How it is laid out
------------------
Every searchable thing becomes an *item* (a partner, a statement, a source sentence, …) with
fields in three *tiers*: its name or title, its other names (Chinese, pinyin, alternative
names, labels), and its body text. Each field is folded once (`text_normalize.fold`: case,
accents and width ignored). All items' fields of one tier are concatenated into one long
string per tier, separated by control characters that no folded text contains, so that a
query word is found by `str.find` and `re` running in C over the whole bundle at once, and a
match position is mapped back to its item with `bisect`. ASCII fields and the others go to
separate strings, so the (large) ASCII one stays at one byte per character. Items with the
same text in a tier (thousands of partners are "Group VP of …") share it, so it is stored
and scanned once. Chinese is also indexed as toneless pinyin (gui/content/pinyin.py).

How a query is answered
-----------------------
The query is folded the same way and split into words; an item matches when every word is
found in some field of it (AND, in any order). Numbers match with or without thousands
separators. Where a word is found counts first (a name over an other name over body text),
then how (a whole word over the start of a word over the inside of one); an item's score is
the sum over the query's words of the best place each is found, plus a large bonus when a
whole name or other name is the query. Ties keep `KIND_ORDER`, then bundle order.

Each word's frequency is estimated from a sample, and the rarest drives the search:
1. Usually its matches are few: they give the candidate items, and the other words are
   looked for only inside each candidate's own slice of the strings. Exact.
2. When every word is common but, together, they may be rare ("europe finance" among
   100,000 partners), the items holding each word are collected and intersected in C
   (`map` over `re.finditer` and `bisect`), then scored. Exact, unless very many items
   hold them all, when step 3 ranks them.
3. When a single word is common ("the", or "partner" among 100,000 partners), or many items
   hold all the words, the driving word is scanned best place first (names before body
   text, whole words before prefixes) and the scan stops once `limit` items are found.
   Exact for one word; for several, the best found within a bounded amount of work.
Snippets are built only for the hits returned.

Where it is
-----------
items.py (what is searchable, in which tier), build.py (the tier strings), query.py
(`SearchIndex`: the three strategies and the scores), snippets.py (`SearchHit` and its
line of text). Importers use this package: `from gui.content.search_index import
SearchIndex`; it is imported on the first search, not at start-up.
"""

from .query import SearchIndex
from .snippets import SearchHit

__all__ = ["SearchHit", "SearchIndex"]
