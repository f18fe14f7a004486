"""Every statement in the bundle can be traced to its source.

The article's sentences must be the article's own words, in order, covering all of it;
quotes must be word for word; nothing may go uncited; and the facts checked against other
reports (the seed's FACTS.md) must be there with both wordings where the sources differ.
tests/fixtures/seed_article.txt is a byte-for-byte copy of the source article.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from gui.content import Content, loader
from gui.content.loader import _citations as loader_citations
from gui.content.schema import Citation, Source

ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "seed_article.txt"
ARTICLE_SHA256 = "cbd73bbf096c034150492cd3c86e6e2bf85c9d10a5b214a57b18dad4e48ea7af"

CitationWalk = Callable[[Content], Iterator[tuple[str, str, tuple[Citation, ...]]]]


@pytest.fixture(scope="module")
def article_text() -> str:
    return ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article(content: Content) -> Source:
    [source] = [s for s in content.sources if s.kind == "article"]
    return source


def test_fixture_is_the_seed_article() -> None:
    assert hashlib.sha256(ARTICLE.read_bytes()).hexdigest() == ARTICLE_SHA256


# --- the article, sentence by sentence --------------------------------------------------------


def test_every_sentence_is_verbatim(article: Source, article_text: str) -> None:
    missing = [s.id for s in article.sentences if s.text not in article_text]
    assert not missing, f"not word for word in the article: {missing}"


def test_sentences_cover_the_article_in_order(article: Source, article_text: str) -> None:
    """Read in order, the sentences are the whole article with only whitespace between."""
    position = 0
    for sentence in article.sentences:
        found = article_text.find(sentence.text, position)
        assert found >= 0, f"{sentence.id} is out of order or not in the article"
        gap = article_text[position:found]
        assert not gap.strip(), f"article text left out before {sentence.id}: {gap.strip()!r}"
        position = found + len(sentence.text)
    rest = article_text[position:]
    assert not rest.strip(), f"article text left out at the end: {rest.strip()!r}"


def test_paragraph_numbers_match_the_article(article: Source, article_text: str) -> None:
    paragraphs = [p for p in re.split(r"\n\s*\n", article_text) if p.strip()]
    for sentence in article.sentences:
        assert sentence.text in paragraphs[sentence.paragraph - 1], (
            f"{sentence.id} is not in paragraph {sentence.paragraph}"
        )
    assert {s.paragraph for s in article.sentences} == set(range(1, len(paragraphs) + 1))


def test_only_the_article_has_sentences(content: Content) -> None:
    for source in content.sources:
        assert bool(source.sentences) == (source.kind == "article"), source.id


def test_quotes_are_verbatim_in_the_sentences_they_cite(content: Content) -> None:
    assert content.strategy.quotes
    for quote in content.strategy.quotes:
        cited = [
            content.sentence(c.source, c.sentence)
            for c in quote.citations
            if c.sentence is not None
        ]
        assert cited, f"quote {quote.id} cites no sentence"
        assert all(s is not None for s in cited)
        text = " ".join(s.text for s in cited if s is not None)
        assert quote.text in text, f"quote {quote.id} is not word for word in what it cites"


# --- citations ---------------------------------------------------------------------------------


def test_every_citation_list_is_non_empty(content: Content, citation_lists: CitationWalk) -> None:
    lists = list(citation_lists(content))
    assert len(lists) > 50
    empty = [f"{file}: {loc}" for file, loc, citations in lists if not citations]
    assert not empty


def test_every_citation_resolves(content: Content, citation_lists: CitationWalk) -> None:
    for file, loc, citations in citation_lists(content):
        for k, citation in enumerate(citations):
            where = f"{file}: {loc}[{k}]"
            source = content.source(citation.source)
            assert source is not None, f"{where}: unknown source {citation.source!r}"
            if source.sentences:
                assert citation.sentence is not None, f"{where}: cites the article, no sentence"
            if citation.sentence is not None:
                assert content.sentence(source.id, citation.sentence) is not None, where


def test_loader_checks_every_citation_list(content: Content, citation_lists: CitationWalk) -> None:
    """The loader's explicit walk finds every list that reflection over the models finds."""
    generic = {(file, loc) for file, loc, _ in citation_lists(content)}
    explicit = {(file, loc) for file, loc, _ in loader_citations(content)}
    assert generic - explicit == set(), "citations the loader never checks"
    assert explicit - generic == set()


def test_validation_collects_every_citation_list(
    data_dir: Path, citation_lists: CitationWalk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loader checks the distinct citation lists its validation collected, and walks
    the content for the places that cite one only when one has a problem: so they must be
    every list the content holds."""
    given: list[tuple[Citation, ...]] = []
    check = loader.check_references

    def spy(content: Content, lists: Iterable[tuple[Citation, ...]] | None = None) -> Any:
        given.extend(lists or ())
        return check(content, lists)

    monkeypatch.setattr(loader, "check_references", spy)
    content = loader.load_bundle(data_dir)
    held = {id(citations) for _, _, citations in citation_lists(content)}
    assert held
    assert held == {id(citations) for citations in given}


def test_every_article_sentence_is_cited_somewhere(
    content: Content, article: Source, citation_lists: CitationWalk
) -> None:
    cited = {
        c.sentence
        for _, _, citations in citation_lists(content)
        for c in citations
        if c.source == article.id
    }
    # The headline (s1) and the "SEE ALSO" line (s5) are cited too: nothing is left unused.
    assert cited == {s.id for s in article.sentences}


def test_every_secondary_source_is_cited(content: Content, citation_lists: CitationWalk) -> None:
    cited = {c.source for _, _, citations in citation_lists(content) for c in citations}
    assert cited == {s.id for s in content.sources}


# --- facts checked against other reports (FACTS.md) ----------------------------------------------

PARTNERS = [
    # id, English name, Chinese name, cohort
    ("lei-jun", "Lei Jun", "雷军", "founding"),
    ("lin-bin", "Lin Bin", "林斌", "founding"),
    ("hong-feng", "Hong Feng", "洪锋", "founding"),
    ("liu-de", "Liu De", "刘德", "founding"),
    ("wang-chuan", "Wang Chuan", "王川", "founding"),
    ("wang-xiang", "Wang Xiang", "王翔", "2020"),
    ("chew-shou-zi", "Chew Shou Zi", "周受资", "2020"),
    ("zhang-feng", "Zhang Feng", "张峰", "2020"),
    ("lu-weibing", "Lu Weibing", "卢伟冰", "2020"),
]


def test_all_nine_partners(content: Content) -> None:
    found = [(p.id, p.name, p.name_zh, p.cohort) for p in content.partners]
    assert sorted(found) == sorted(PARTNERS)


@pytest.mark.parametrize(("partner_id", "name", "name_zh", "cohort"), PARTNERS)
def test_partner_facts(
    content: Content, partner_id: str, name: str, name_zh: str, cohort: str
) -> None:
    partner = content.partner(partner_id)
    assert partner is not None
    assert (partner.name, partner.name_zh, partner.cohort) == (name, name_zh, cohort)
    if cohort == "2020":
        assert partner.partner_since == "2020-08-16"
    else:
        assert partner.partner_since is None  # the sources do not say when


def test_cohorts(content: Content) -> None:
    assert [c.id for c in content.cohorts] == ["founding", "2020"]
    founding = [p for p in content.partners if p.cohort == "founding"]
    joined = [p for p in content.partners if p.cohort == "2020"]
    assert (len(founding), len(joined)) == (5, 4)


def test_new_partners_as_the_article_names_them(content: Content, article: Source) -> None:
    """The article names the four new partners in one sentence; each partner cites it."""
    [sentence] = [s for s in article.sentences if "four newly joined partners" in s.text]
    for partner in content.partners:
        cites_it = any(c.sentence == sentence.id for c in partner.citations)
        if partner.cohort == "2020":
            assert partner.name in sentence.text
            assert cites_it, partner.id
        else:
            assert partner.name not in sentence.text


def _kinds(content: Content, citations: tuple[Citation, ...]) -> set[str]:
    kinds = set()
    for c in citations:
        source = content.source(c.source)
        assert source is not None
        kinds.add(source.kind)
    return kinds


def test_lu_weibing_has_both_wordings(content: Content) -> None:
    partner = content.partner("lu-weibing")
    assert partner is not None
    [role] = partner.roles
    # Our clean role, from the fuller title of other reports, cited to them and the article...
    assert role.text.en is not None
    assert "Redmi" in role.text.en
    assert "China Region" in role.text.en
    assert _kinds(content, role.citations) == {"article", "secondary"}
    # ...with the article's own words kept verbatim as its wording, cited to the article.
    assert role.wording is not None
    assert role.wording.text == "Group VP and general manager"
    assert _kinds(content, role.wording.citations) == {"article"}


@pytest.mark.parametrize(
    ("partner_id", "article_wording"),
    [
        ("wang-xiang", "president of Xiaomi Group"),
        ("chew-shou-zi", "Senior VP, and president of international"),
        ("zhang-feng", "Group VP, and chief of staff"),
        ("lu-weibing", "Group VP and general manager"),
    ],
)
def test_article_wording_of_each_new_partner(
    content: Content, article: Source, partner_id: str, article_wording: str
) -> None:
    """The article's odd wording is kept, verbatim and cited, as quoted wording beside a
    clean role of ours (in both languages), never as the role itself."""
    partner = content.partner(partner_id)
    assert partner is not None
    assert any(
        role.wording is not None
        and role.wording.text == article_wording
        and _kinds(content, role.wording.citations) == {"article"}
        for role in partner.roles
    ), f"{partner_id} lacks the article's wording {article_wording!r}"
    assert any(article_wording in s.text for s in article.sentences)
    for role in partner.roles:
        assert role.text.en, f"{partner_id}: a role without English"
        assert role.text.zh, f"{partner_id}: a role without Chinese"
        assert role.text.en != article_wording


def test_strategy_names(content: Content) -> None:
    strategy = content.strategy
    assert (strategy.name, strategy.name_zh) == ("Mobile × AIoT", "手机×AIoT")
    alternatives = {a.text for a in strategy.alternative_names}
    assert {"Smartphone × AIoT", "Mobile Phone X AIoT"} <= alternatives
    assert strategy.predecessor is not None
    assert (strategy.predecessor.name_zh, strategy.predecessor.announced) == (
        "手机+AIoT",
        "2019-01-11",
    )


def test_three_iron_rules(content: Content) -> None:
    assert [p.title_zh for p in content.strategy.principles] == [
        "技术为本",
        "性价比为纲",
        "做最酷的产品",
    ]


def test_programme_facts(content: Content) -> None:
    programme = content.programme
    assert programme.name_zh == "新十年创业者计划"
    assert programme.selected is not None
    assert programme.selected.count == 100
    batches = {(b.date, b.shares, b.recipients) for b in programme.batches}
    assert batches == {("2021-07-06", 119_650_000, 122), ("2022-03", 174_901_942, 4_931)}


def test_timeline_dates(content: Content) -> None:
    dates = [e.date for e in content.events]
    assert {"2019-01-11", "2020-01-02", "2020-08-11", "2020-08-16", "2021-07-06", "2022-03"} <= (
        set(dates)
    )
    assert dates == sorted(dates)


# The date of each secondary source, as FACTS.md gives it; None where it gives none. A date
# the fact sheet does not give (a Tencent report "of 16 August", a grant's month taken for
# the report's) is not shown as if it were known.
SOURCE_DATES = {
    "mikaelhilger": None,
    "tencent": None,
    "futureiot": None,
    "techgenyz": "2019-01-11",
    "hkej": None,
    "chinatechnews": "2020-01-14",
    "techcoffeehouse": "2020-08-17",
    "entelechyasia": "2020-08-19",
    "hqew": None,
    "caixinglobal": "2019-12-02",
    "mobileworldlive": "2018-09-14",
    "rayradar": "2020-08-18",
    "twhosting": None,
    "xiaomidna": None,
    "cjsb": "2021-07-09",
    "jiemian": None,
    "pandaily": None,
    "scmp": None,
    # What came after (FACTS.md, "What came after"): dated where the fact sheet dates them.
    "pandaily-bytedance": None,
    "pingwest": "2021-03-24",
    "straitstimes": "2021-11-03",
    "businesstimes": "2022-12-22",
    "moneycontrol": "2022-12-23",
    "thepaper": None,
    "tuttoandroid": "2022-12-22",
    "xiaomi-hyperos": "2023-10-26",
    "yicaiglobal": "2023-10-27",
    "hardwarezone": "2024-02-27",
}


def test_secondary_sources_are_dated_as_the_fact_sheet_dates_them(content: Content) -> None:
    secondary = {s.id: s.date for s in content.sources if s.kind == "secondary"}
    assert secondary == SOURCE_DATES


def test_the_headline_cites_where_its_year_comes_from(content: Content) -> None:
    """The article says only "Aug. 16"; the year comes from the letter's text."""
    headline = content.bundle.headline
    assert "16 August 2020" in (headline.text.en or "")
    assert "2020年8月16日" in (headline.text.zh or "")
    assert "mikaelhilger" in {c.source for c in headline.citations}
