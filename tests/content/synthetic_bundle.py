"""A large synthetic bundle in memory: the bundled data with many generated partners.

Used by the search index tests, and run on its own as a quick speed check:

    python tests/content/synthetic_bundle.py [PARTNERS]

which prints how long building the search index and searching take, and the memory used.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # when run as a script
    sys.path.insert(0, str(ROOT))

from gui.content import Content, load_bundle  # noqa: E402
from gui.content.schema import Partner  # noqa: E402
from gui.content.validation import validate_python  # noqa: E402

# (pinyin, hanzi) pairs: family names, and syllables for given names.
FAMILY = [
    ("Wang", "王"),
    ("Li", "李"),
    ("Zhang", "张"),
    ("Liu", "刘"),
    ("Chen", "陈"),
    ("Yang", "杨"),
    ("Huang", "黄"),
    ("Zhao", "赵"),
    ("Zhou", "周"),
    ("Wu", "吴"),
    ("Xu", "徐"),
    ("Sun", "孙"),
    ("Ma", "马"),
    ("Zhu", "朱"),
    ("Hu", "胡"),
    ("Guo", "郭"),
    ("He", "何"),
    ("Lin", "林"),
    ("Luo", "罗"),
    ("Gao", "高"),
    ("Zeng", "曾"),
    ("Ouyang", "欧阳"),
]
GIVEN = [
    ("wei", "伟"),
    ("fang", "芳"),
    ("min", "敏"),
    ("jing", "静"),
    ("qiang", "强"),
    ("lei", "磊"),
    ("jun", "军"),
    ("yang", "洋"),
    ("yong", "勇"),
    ("yan", "艳"),
    ("jie", "杰"),
    ("tao", "涛"),
    ("ming", "明"),
    ("chao", "超"),
    ("xiu", "秀"),
    ("hua", "华"),
    ("ping", "平"),
    ("gang", "刚"),
    ("hui", "慧"),
    ("bing", "冰"),
]
ROLES = [
    "Group VP and general manager of the {} business",
    "Senior VP; President of the {} Region",
    "Chief of Staff for {}",
    "Head of the {} department",
    "Vice President, {} ecosystem",
]
PLACES = [
    "China",
    "Europe",
    "India",
    "Latin America",
    "Smart home",
    "Internet services",
    "Finance",
    "Retail",
    "Mobile",
    "Television",
]
NOTES = [
    "Synthetic partner number {n}, generated for tests.",
    "Partner number {n}; joined the {place} team early.",
    "Number {n} on the generated roster; works with the {place} team.",
]
CITE = [{"source": "tencent"}]


def partner_dict(n: int, rng: random.Random, cohorts: list[str]) -> dict[str, Any]:
    """One generated partner, as it would be written in partners.json."""
    family, family_zh = rng.choice(FAMILY)
    given = rng.sample(GIVEN, rng.choice((1, 2)))
    name = f"{family} {''.join(p for p, _ in given).capitalize()}"
    name_zh = family_zh + "".join(h for _, h in given)
    place = rng.choice(PLACES)
    year = rng.randint(2010, 2024)
    return {
        "id": f"p{n:06d}",
        "name": name,
        "name_zh": name_zh,
        "cohort": rng.choice(cohorts),
        "partner_since": f"{year}-{rng.randint(1, 12):02d}",
        "joined_company": {"date": str(year - rng.randint(0, 5)), "citations": CITE},
        "roles": [{"text": rng.choice(ROLES).format(place), "citations": CITE}],
        "notes": [{"text": rng.choice(NOTES).format(n=n, place=place), "citations": CITE}],
        "citations": CITE,
    }


def synthetic_content(partners: int, seed: int = 0) -> Content:
    """The bundled content with `partners` generated partners after the real ones."""
    base = load_bundle(ROOT / "data")
    rng = random.Random(seed)
    cohorts = [c.id for c in base.cohorts]
    extra = tuple(
        validate_python(Partner, partner_dict(n, rng, cohorts), strict=False)
        for n in range(1, partners + 1)
    )
    partners_file = replace(base.partners_file, partners=base.partners_file.partners + extra)
    return replace(base, partners_file=partners_file)


def _rss_kib() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main(argv: list[str]) -> int:
    import statistics
    import time

    from gui.content.search_index import SearchIndex

    count = int(argv[1]) if len(argv) > 1 else 100_000
    started = time.perf_counter()
    content = synthetic_content(count)
    print(f"{count:,} partners generated in {time.perf_counter() - started:.2f} s")
    before = _rss_kib()
    started, cpu_started = time.perf_counter(), time.process_time()
    index = SearchIndex.build(content)
    built, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"index built in {built * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms);", end=" ")
    print(f"{len(index):,} items;", end=" ")
    print(f"RSS +{(_rss_kib() - before) / 1024:.1f} MiB")
    queries = [
        "lu weibing",
        "weibing",
        "zhou shouzi",
        "卢伟冰",
        "redmi",
        "ＲＥＤＭＩ",
        "moat",
        "119650000",
        "number 54321",
        "partner",
        "group vp",
        "zhang weiming",
        "ouyang",
        "europe finance",
        "the",
        "zzzz",
        "a",
        "李",
    ]
    timings, cpu_timings = [], []
    for query in queries:
        runs, cpu_runs = [], []
        for _ in range(5):
            started, cpu_started = time.perf_counter(), time.process_time()
            hits = index.search(query)
            runs.append(time.perf_counter() - started)
            cpu_runs.append(time.process_time() - cpu_started)
        median, cpu = statistics.median(runs) * 1000, statistics.median(cpu_runs) * 1000
        timings.append(median)
        cpu_timings.append(cpu)
        top = hits[0].ref if hits else "-"
        print(f"  {query!r:18} {len(hits):4} hits {median:6.1f} ms (CPU {cpu:5.1f})  top: {top}")
    print(
        f"median over queries: {statistics.median(timings):.1f} ms"
        f" (CPU {statistics.median(cpu_timings):.1f}); worst {max(timings):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
