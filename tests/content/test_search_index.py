"""The global search index: what it finds, how it ranks, what a hit shows. No Qt."""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.content import Content, Target
from gui.content.pinyin import PinyinTable, has_han
from gui.content.search_index import SearchHit, SearchIndex, items
from gui.content.search_index import build as index_build
from gui.content.search_index import query as index_query
from gui.content.text_normalize import fold

sys.path.insert(0, str(Path(__file__).parent))
from synthetic_bundle import partner_dict, synthetic_content


@pytest.fixture(scope="module")
def index(content: Content) -> SearchIndex:
    return SearchIndex.build(content)


def refs(index: SearchIndex, query: str, limit: int = 100) -> list[str]:
    return [hit.ref for hit in index.search(query, limit)]


def top(index: SearchIndex, query: str) -> str:
    hits = index.search(query)
    assert hits, f"nothing found for {query!r}"
    return hits[0].ref


# --- what it finds ---------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["redmi", "REDMI", "ＲＥＤＭＩ", "Rédmi", "Re\u0301dmi", "rEdMi"])
def test_case_accents_and_width_are_ignored(index: SearchIndex, query: str) -> None:
    assert refs(index, query) == ["partner:lu-weibing"]


@pytest.mark.parametrize(
    ("query", "ref"),
    [
        ("卢伟冰", "partner:lu-weibing"),
        ("周受资", "partner:chew-shou-zi"),
        ("雷军", "partner:lei-jun"),
        ("技术为本", "principle:technology"),
        ("新十年创业者计划", "programme"),
        # A source whose Chinese description names the all-staff letter comes first.
        ("全员信", "source:tencent"),
        ("一往无前", "event:2020-08-11"),
    ],
)
def test_chinese(index: SearchIndex, query: str, ref: str) -> None:
    assert top(index, query) == ref


@pytest.mark.parametrize(
    ("query", "ref"),
    [
        ("lu weibing", "partner:lu-weibing"),
        ("weibing", "partner:lu-weibing"),
        ("luweibing", "partner:lu-weibing"),
        ("Lu Weibing", "partner:lu-weibing"),
        ("LUWEIBING", "partner:lu-weibing"),
        ("wei bing", "partner:lu-weibing"),
        # The English name is "Chew Shou Zi": only the pinyin of 周受资 says "zhou".
        ("zhou shouzi", "partner:chew-shou-zi"),
        ("zhoushouzi", "partner:chew-shou-zi"),
        ("zhou shou zi", "partner:chew-shou-zi"),
        ("lei jun", "partner:lei-jun"),
        ("leijun", "partner:lei-jun"),
        ("ji shu wei ben", "principle:technology"),
        # Sources whose Chinese descriptions name the letter and the iron rules come first.
        ("quan yuan xin", "source:tencent"),
        ("san da tie lu", "source:hqew"),
        ("tielu", "source:hqew"),
    ],
)
def test_pinyin_without_tones(index: SearchIndex, query: str, ref: str) -> None:
    assert top(index, query) == ref


@pytest.mark.parametrize(
    ("query", "ref"),
    [
        ("100", "programme"),
        ("100", "fact:who"),
        ("122", "batch:2021-07"),
        ("119,650,000", "batch:2021-07"),
        ("119650000", "batch:2021-07"),
        ("119650000", "event:2021-07-06"),
        ("4931", "batch:2022-03"),
        ("4,931", "batch:2022-03"),
        ("174901942", "batch:2022-03"),
    ],
)
def test_numbers_with_or_without_separators(index: SearchIndex, query: str, ref: str) -> None:
    assert ref in refs(index, query)


@pytest.mark.parametrize(
    ("query", "ref"),
    [
        ("2020-08-16", "event:2020-08-16"),
        ("16 August 2020", "event:2020-08-16"),
        ("2020年8月16日", "event:2020-08-16"),
        ("March 2022", "event:2022-03"),
    ],
)
def test_event_dates(index: SearchIndex, query: str, ref: str) -> None:
    assert top(index, query) == ref


@pytest.mark.parametrize(
    ("query", "refs_found"),
    [
        # "Joined the company" in the partner's details, as each language shows it.
        ("2015", {"partner:wang-xiang", "partner:chew-shou-zi"}),
        ("July 2015", {"partner:wang-xiang", "partner:chew-shou-zi"}),
        ("2016年9月", {"partner:zhang-feng"}),
        ("2019-01", {"partner:lu-weibing"}),
        # "Partner since", in the roster and the details.
        ("16 August 2020", {"partner:lu-weibing", "partner:zhang-feng"}),
    ],
)
def test_a_partners_dates_find_the_partner(
    index: SearchIndex, query: str, refs_found: set[str]
) -> None:
    hits = {hit.ref: hit for hit in index.search(query)}
    assert refs_found <= set(hits), f"{query!r} found {list(hits)}"
    for ref in refs_found:
        assert hits[ref].kind == "partner"
        assert hits[ref].spans, "the snippet shows the date"


@pytest.mark.parametrize(
    ("query", "ref", "kind"),
    [
        ("Lu Weibing", "partner:lu-weibing", "partner"),
        ("chief of staff", "partner:zhang-feng", "partner"),
        ("youngest", "partner:lu-weibing", "partner"),
        ("collective decision-making", "partners", "partner"),
        ("founding partners", "cohort:founding", "cohort"),
        ("创始合伙人", "cohort:founding", "cohort"),
        ("Smartphone × AIoT", "strategy", "strategy"),
        ("dual-engine", "strategy:predecessor", "strategy"),
        ("cornerstone of its business model", "statement:core", "statement"),
        ("battlefield", "quote:battlefield", "quote"),
        ("coolest", "principle:coolest", "principle"),
        ("三大铁律", "strategy", "strategy"),
        ("young core cadres", "fact:who", "fact"),
        ("april 2030", "batch:2021-07", "batch"),
        ("not verified", "programme", "programme"),
        ("surge chips", "event:2020-08-11", "event"),
        ("mikaelhilger", "source:mikaelhilger", "source"),
        ("Changjiang Times", "source:cjsb", "source"),
        ("primary source", "source:article", "source"),
        ("mass-energy conversion", "source:article#s9", "source"),
        ("9th anniversary", "overview", "overview"),
        ("young core employees", "overview", "overview"),
    ],
)
def test_every_kind_of_content_is_searched(
    index: SearchIndex, query: str, ref: str, kind: str
) -> None:
    hits = {hit.ref: hit for hit in index.search(query)}
    assert ref in hits, f"{query!r} should find {ref}; found {list(hits)}"
    assert hits[ref].kind == kind


def test_every_partner_by_every_name(index: SearchIndex, content: Content) -> None:
    for partner in content.partners:
        for name in (partner.name, partner.name_zh):
            assert top(index, name) == f"partner:{partner.id}", name


def test_every_sentence_by_its_words(index: SearchIndex, content: Content) -> None:
    for source in content.sources:
        for sentence in source.sentences:
            query = " ".join(sentence.text.split()[:8])
            assert f"source:{source.id}#{sentence.id}" in refs(index, query), query


def test_all_words_must_match_in_any_order(index: SearchIndex) -> None:
    assert refs(index, "weibing redmi") == ["partner:lu-weibing"]
    assert refs(index, "redmi weibing") == ["partner:lu-weibing"]
    assert refs(index, "redmi moat") == []
    # Different fields of one item: the name and a role.
    assert refs(index, "zhang procurement") == ["partner:zhang-feng"]


@pytest.mark.parametrize("query", ["", "   ", "\t\n", "!!!", "—", "《》"])
def test_empty_query_finds_nothing(index: SearchIndex, query: str) -> None:
    assert index.search(query) == []


@pytest.mark.parametrize("query", ["zzzzqqq", "moat zzzzqqq", "卢伟冰冰冰"])
def test_no_match_finds_nothing(index: SearchIndex, query: str) -> None:
    assert index.search(query) == []


def test_limit(index: SearchIndex) -> None:
    assert len(index.search("the", limit=3)) == 3
    assert index.search("the", limit=0) == []
    assert refs(index, "the", limit=5) == refs(index, "the")[:5]


# --- how it ranks ----------------------------------------------------------------------------


def test_a_title_ranks_above_a_sentence_that_merely_contains_it(index: SearchIndex) -> None:
    found = refs(index, "moat")
    assert found[0] == "statement:moat"
    assert {"quote:moat", "source:article#s10"} <= set(found)


def test_whole_name_beats_part_of_a_name(index: SearchIndex) -> None:
    hits = index.search("the moat")
    assert hits[0].ref == "statement:moat"
    assert hits[0].score > hits[1].score + 20  # the whole title is the query


def test_whole_word_beats_prefix_beats_inside(index: SearchIndex) -> None:
    # "phone" is a whole word of one statement title, inside a word of another.
    found = refs(index, "phone")
    assert found.index("statement:control-centre") < found.index("statement:core")
    # "smart" is a whole word of one title and the start of a word in another.
    found = refs(index, "smart")
    assert found.index("statement:smart-life") < found.index("statement:core")


def test_name_beats_body_text(index: SearchIndex) -> None:
    found = refs(index, "lu")
    assert found[0] == "partner:lu-weibing"  # "Lu", not "value" or "include"


def test_scores_are_in_order(index: SearchIndex) -> None:
    for query in ["the", "a", "xiaomi", "lei", "2020", "partner"]:
        scores = [hit.score for hit in index.search(query)]
        assert scores == sorted(scores, reverse=True)


def test_kind_order_names_every_kind(index: SearchIndex) -> None:
    assert len(set(SearchIndex.KIND_ORDER)) == len(SearchIndex.KIND_ORDER)
    kinds = {hit.kind for letter in "abcdefghijklmnopqrstuvwxyz" for hit in index.search(letter)}
    assert kinds <= set(SearchIndex.KIND_ORDER)


# --- what a hit shows ------------------------------------------------------------------------

QUERIES = [
    "moat",
    "the moat",
    "lu weibing",
    "weibing",
    "zhou shouzi",
    "redmi",
    "ＲＥＤＭＩ",
    "119650000",
    "16 August 2020",
    "全员信",
    "tielu",
    "core business",
    "lei said",
    "mobile x aiot",
    "xiaomi’s",
    "x",
]


@pytest.mark.parametrize("query", QUERIES)
def test_spans_point_at_the_match(index: SearchIndex, query: str) -> None:
    words = [s for spellings in index_query._query_words(query) for s in spellings]
    for hit in index.search(query):
        assert hit.snippet, hit
        assert len(hit.snippet) <= 120
        assert "\n" not in hit.snippet
        assert hit.spans, f"{hit.ref}: nothing highlighted in {hit.snippet!r}"
        previous_end = 0
        for start, end in hit.spans:
            assert previous_end <= start < end <= len(hit.snippet)
            previous_end = end
            shown = hit.snippet[start:end]
            if has_han(shown) and not any(has_han(w) for w in words):
                continue  # pinyin matched the Chinese characters
            assert any(w in fold(shown) or fold(shown) in w for w in words), (query, shown)


def test_long_text_is_cut_around_the_match(index: SearchIndex) -> None:
    [hit] = [h for h in index.search("moat") if h.ref == "source:article#s10"]
    assert hit.snippet.startswith("…")
    assert hit.snippet[slice(*hit.spans[0])] == "moat"


def test_pinyin_highlights_the_chinese(index: SearchIndex) -> None:
    hit = index.search("weibing")[0]
    assert hit.snippet == "卢伟冰"
    assert [hit.snippet[s:e] for s, e in hit.spans] == ["伟冰"]


def test_hit_fields(index: SearchIndex) -> None:
    hit = index.search("lu weibing")[0]
    assert isinstance(hit, SearchHit)
    assert (hit.kind, hit.ref, hit.title) == ("partner", "partner:lu-weibing", "Lu Weibing")
    quote = next(h for h in index.search("battlefield") if h.kind == "quote")
    assert quote.title == "Lei Jun"
    sentence = next(h for h in index.search("mass-energy conversion") if h.ref.endswith("#s9"))
    assert sentence.title.endswith("¶7")


@pytest.mark.parametrize("query", [*QUERIES, *"abcdefghijklmnopqrstuvwxyz0123456789"])
def test_every_ref_resolves(index: SearchIndex, content: Content, query: str) -> None:
    for hit in index.search(query):
        assert content.resolve(hit.ref) is not None, hit.ref
        assert hit.kind in SearchIndex.KIND_ORDER


# --- against a brute-force reading of the same rules ------------------------------------------


def oracle(content: Content, query: str) -> set[str]:
    """The refs of every item holding every word of `query`, by looking at every field."""
    words = index_query._query_words(query)
    if not words:
        return set()
    kinds = items._kinds(items._Fields(content))
    table = PinyinTable()
    found = set()
    for name, obj in items._items(content):
        kind = kinds[name]
        texts = []
        for _tier, text, mode in kind.fields(obj):
            if mode == items._NAME_PINYIN:
                texts.append(table.name_index(text))
            else:
                texts.append(fold(text))
                if mode == items._TEXT and has_han(text):
                    texts.append(table.text_index(text))
        haystack = "\x1f".join(texts)
        if all(any(s in haystack for s in spellings) for spellings in words):
            found.add(kind.ref(obj))
    return found


def vocabulary(content: Content) -> list[str]:
    words: set[str] = set()
    kinds = items._kinds(items._Fields(content))
    for name, obj in items._items(content):
        for _tier, text, _mode in kinds[name].fields(obj):
            words.update(text.split())
    return sorted(words)


def test_matches_agree_with_brute_force(index: SearchIndex, content: Content) -> None:
    rng = random.Random(7)
    vocab = vocabulary(content)
    for _ in range(300):
        picked = rng.sample(vocab, rng.choice((1, 1, 2, 3)))
        # Parts of words too: queries are typed a few letters at a time.
        query = " ".join(w[: rng.randint(1, len(w))] for w in picked)
        expected = oracle(content, query)
        if len(expected) < 100:
            assert set(refs(index, query)) == expected, query


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="aeiounglhx卢伟冰 周12", max_size=6))
def test_any_query_agrees_with_brute_force(
    index: SearchIndex, content: Content, query: str
) -> None:
    expected = oracle(content, query)
    found = refs(index, query, limit=1000)
    assert set(found) == expected
    assert len(found) == len(set(found))


@pytest.fixture
def strategy(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Force the search down one of its three ways, as a very large bundle would."""
    name = request.param
    if name in ("sets", "common"):
        monkeypatch.setattr(index_query, "_RARE_MATCHES", 0)
    if name == "common":
        monkeypatch.setattr(index_query, "_SET_MATCHES", -1)
        monkeypatch.setattr(index_query, "_COMMON_BUDGET", 10**9)
    if name == "sets-then-best-first":
        monkeypatch.setattr(index_query, "_RARE_MATCHES", 0)
        monkeypatch.setattr(index_query, "_SCORED_CANDIDATES", 0)
    return str(name)


@pytest.mark.parametrize(
    "strategy", ["rare", "sets", "sets-then-best-first", "common"], indirect=True
)
@pytest.mark.parametrize(
    "query", ["moat", "the", "lu weibing", "group vp", "xiaomi core", "2020 partners", "a e"]
)
def test_every_way_finds_the_same(
    index: SearchIndex, content: Content, strategy: str, query: str
) -> None:
    expected = oracle(content, query)
    found = refs(index, query, limit=1000)
    assert set(found) == expected, strategy
    for hit in index.search(query):
        assert content.resolve(hit.ref) is not None


def test_one_common_word_is_ranked_exactly(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scanned best first, as in a very large bundle, a word ranks exactly as when every
    match is looked at."""
    for query in ["core", "the", "a", "xiaomi", "lu"]:
        expected = [(h.ref, h.score) for h in index.search(query, limit=15)]
        with monkeypatch.context() as patch:
            patch.setattr(index_query, "_RARE_MATCHES", 0)
            patch.setattr(index_query, "_SET_MATCHES", -1)
            assert [(h.ref, h.score) for h in index.search(query, limit=15)] == expected


# --- a large bundle --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def large() -> tuple[Content, SearchIndex]:
    content = synthetic_content(10_000, seed=3)
    return content, SearchIndex.build(content)


def test_large_bundle_finds_each_generated_partner(large: tuple[Content, SearchIndex]) -> None:
    content, index = large
    rng = random.Random(3)
    generated = content.partners[9:]
    for partner in rng.sample(generated, 40):
        number = int(partner.id[1:])
        found = refs(index, f"number {number}")
        assert partner.id in {r.removeprefix("partner:") for r in found}, partner.id
        assert f"partner:{partner.id}" in refs(index, f"{partner.name} {partner.name_zh}")


def test_large_bundle_still_finds_the_real_content(large: tuple[Content, SearchIndex]) -> None:
    _content, index = large
    assert top(index, "lu weibing") == "partner:lu-weibing"
    assert top(index, "zhou shouzi") == "partner:chew-shou-zi"
    assert top(index, "moat") == "statement:moat"
    assert "batch:2021-07" in refs(index, "119650000")


@pytest.mark.parametrize("query", ["partner", "group vp", "europe finance", "wang", "a", "李"])
def test_large_bundle_common_words(large: tuple[Content, SearchIndex], query: str) -> None:
    content, index = large
    hits = index.search(query)
    expected = oracle(content, query)
    assert len(hits) == min(100, len(expected))
    assert {h.ref for h in hits} <= expected
    for hit in hits:
        assert content.resolve(hit.ref) is not None
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)


def test_large_bundle_single_word_ranking_is_exact(large: tuple[Content, SearchIndex]) -> None:
    """A common word is scanned best first: the hits are the best-scoring items there are."""
    content, index = large
    hits = index.search("ouyang", limit=20)
    assert len(hits) == 20
    # Every partner with "Ouyang" as a whole word of the name outranks the others.
    whole = [f"partner:{p.id}" for p in content.partners if "ouyang" in fold(p.name).split()][:20]
    assert [h.ref for h in hits] == whole


def test_generated_partner_dict_is_valid() -> None:
    rng = random.Random(0)
    assert partner_dict(1, rng, ["founding"])["id"] == "p000001"


@pytest.mark.parametrize(
    "strategy", ["rare", "sets", "sets-then-best-first", "common"], indirect=True
)
@pytest.mark.parametrize("query", ["group vp", "wang", "number 12", "europe", "zhang wei"])
def test_every_way_finds_the_same_in_a_large_bundle(
    large: tuple[Content, SearchIndex], strategy: str, query: str
) -> None:
    """Thousands of partners share a role: their texts are stored once, found for all."""
    content, index = large
    assert set(refs(index, query, limit=100_000)) == oracle(content, query), strategy


def test_large_bundle_common_word_ranks_exactly(
    large: tuple[Content, SearchIndex], monkeypatch: pytest.MonkeyPatch
) -> None:
    _content, index = large
    for query in ["partner", "group", "wang", "of", "li"]:
        expected = [(h.ref, h.score) for h in index.search(query, limit=50)]
        with monkeypatch.context() as patch:
            patch.setattr(index_query, "_RARE_MATCHES", 10**9)
            exhaustive = [(h.ref, h.score) for h in index.search(query, limit=50)]
        assert expected == exhaustive, query


# --- programme members ------------------------------------------------------------------------

# Members written for these tests: an English name unlike the Chinese one's pinyin, and two
# names one of which starts the other. The rest of the list is generated.
MEMBERS = [
    {
        "id": "m-tsang",
        "name": "Jenny Tsang",
        "name_zh": "曾晓敏",
        "role": "Battery engineer, the EV team",
        "batch": "2021-07",
    },
    {"id": "m-wang-weiming", "name": "Wang Weiming", "name_zh": "王伟明", "role": "Designer"},
    {"id": "m-wang-wei", "name": "Wang Wei", "name_zh": "王伟", "role": "Designer"},
]


@pytest.fixture(scope="module")
def member_content(tmp_path_factory: pytest.TempPathFactory) -> Content:
    from gui.content import load_bundle
    from gui.content.schema import ProgrammeMember
    from gui.content.synthetic import write_bundle
    from gui.content.validation import validate_python

    generated = load_bundle(write_bundle(tmp_path_factory.mktemp("members"), 9, 400))
    cite = [{"source": "tencent"}]
    written = tuple(
        validate_python(ProgrammeMember, {**m, "citations": cite}, strict=False) for m in MEMBERS
    )
    programme = replace(generated.programme, members=generated.programme.members + written)
    return replace(generated, programme=programme)


@pytest.fixture(scope="module")
def member_index(member_content: Content) -> SearchIndex:
    return SearchIndex.build(member_content)


@pytest.mark.parametrize(
    "query",
    [
        "Jenny Tsang",  # the name
        "tsang",
        "曾晓敏",  # the Chinese name
        "晓敏",
        "zeng xiaomin",  # its pinyin, toneless, spaced or not, or the given name alone
        "zengxiaomin",
        "xiaomin",
        "battery engineer",  # the role
        "ev team",
        "tsang first batch",  # the grant, as the Grant column shows it
        "jenny 6 jul 2021",
    ],
)
def test_a_member_is_found_by_name_chinese_name_pinyin_role_and_grant(
    member_index: SearchIndex, query: str
) -> None:
    assert top(member_index, query) == "member:m-tsang"


def test_a_member_hit(member_index: SearchIndex, member_content: Content) -> None:
    [hit] = member_index.search("jenny tsang")
    assert (hit.kind, hit.ref, hit.title) == ("member", "member:m-tsang", "Jenny Tsang")
    assert member_content.resolve(hit.ref) == Target("programme", "member", "m-tsang")
    # Found by pinyin, the snippet shows the Chinese name with the match marked.
    # (Chinese prose such as 小米年会, "xiaomi nian…", matches too, further down.)
    hit = member_index.search("xiaomin")[0]
    assert hit.ref == "member:m-tsang"
    assert hit.snippet == "曾晓敏"
    assert [hit.snippet[s:e] for s, e in hit.spans] == ["晓敏"]


def test_a_members_whole_name_beats_part_of_one(member_index: SearchIndex) -> None:
    # "Wang Wei" and 王伟 are all of one name and the start of the other.
    for query in ("wang wei", "王伟"):
        scores = {h.ref: h.score for h in member_index.search(query, limit=1000)}
        assert scores["member:m-wang-wei"] == max(scores.values()), query
        assert scores["member:m-wang-wei"] > scores["member:m-wang-weiming"], query


def test_every_generated_member_by_every_name(
    member_index: SearchIndex, member_content: Content
) -> None:
    for member in member_content.programme.members:
        for name in filter(None, (member.name, member.name_zh)):
            hits = member_index.search(name, limit=1000)
            best = hits[0].score
            # Two generated members may share a name: then each is among the best.
            assert f"member:{member.id}" in {h.ref for h in hits if h.score == best}, name


@pytest.mark.parametrize(
    "query", ["engineer", "wang", "first batch", "曾", "designer wang", "mar 2022", "x"]
)
def test_members_agree_with_brute_force(
    member_index: SearchIndex, member_content: Content, query: str
) -> None:
    """Hundreds of members share a role or a grant: their texts are found for all."""
    expected = oracle(member_content, query)
    assert any(ref.startswith("member:") for ref in expected), query
    assert set(refs(member_index, query, limit=100_000)) == expected


def test_members_group_after_partners_and_cohorts() -> None:
    order = SearchIndex.KIND_ORDER
    assert order.index("cohort") + 1 == order.index("member") < order.index("programme")


def test_word_frequency_counts_items_sharing_a_text(
    member_content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hundreds of members share "Designer, …": the estimate that picks how to search
    counts them all, not the one text they share (in a small bundle it is exact)."""
    monkeypatch.setattr(index_build, "_WORTH_SHARING", 0)  # share as a large bundle does
    index = SearchIndex.build(member_content)
    body = index._segments[items.TIER_BODY * 2]
    assert len(body.starts) < len(body.items)  # members with the same role share it
    for word in ("designer", "engineer", "team lead"):
        assert index._estimate((word,)) == len(oracle(member_content, word)), word
    for query in ("designer", "wang engineer", "first batch zhang"):
        assert set(refs(index, query, limit=100_000)) == oracle(member_content, query)
