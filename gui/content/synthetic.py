"""Write a large synthetic content bundle: the bundled data with many generated people.

For the benchmark (bench/run.py) and the large-bundle tests; the bundles are never committed.

    python -m gui.content.synthetic OUT_DIR --partners 100000 --members 100000

The bundle holds exactly `partners` partners: the real ones first (quotes, events and
highlights refer to them), then generated ones with varied English and Chinese names,
roles, cohorts and dates; and `members` generated programme members spread over the real
grant batches. Every generated item cites a real sentence or source, taken from what the
real item of the same kind cites, so the bundle passes every check the loader makes. The
other files are copied unchanged. The same arguments and seed always write the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..desktop.paths import data_dir
from .schema import BUNDLE_FILES

# (pinyin, hanzi): family names by frequency, then syllables for given names.
FAMILY = (
    ("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"),
    ("Yang", "杨"), ("Huang", "黄"), ("Zhao", "赵"), ("Wu", "吴"), ("Zhou", "周"),
    ("Xu", "徐"), ("Sun", "孙"), ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"),
    ("Guo", "郭"), ("He", "何"), ("Lin", "林"), ("Luo", "罗"), ("Gao", "高"),
    ("Zheng", "郑"), ("Liang", "梁"), ("Xie", "谢"), ("Song", "宋"), ("Tang", "唐"),
    ("Han", "韩"), ("Feng", "冯"), ("Deng", "邓"), ("Cao", "曹"), ("Peng", "彭"),
    ("Zeng", "曾"), ("Xiao", "肖"), ("Tian", "田"), ("Dong", "董"), ("Pan", "潘"),
    ("Yuan", "袁"), ("Cai", "蔡"), ("Jiang", "蒋"), ("Yu", "余"), ("Du", "杜"),
    ("Ye", "叶"), ("Cheng", "程"), ("Wei", "魏"), ("Su", "苏"), ("Lü", "吕"),
    ("Ding", "丁"), ("Ren", "任"), ("Lu", "卢"), ("Yao", "姚"), ("Shen", "沈"),
    ("Ouyang", "欧阳"), ("Sima", "司马"), ("Zhuge", "诸葛"),
)  # fmt: skip
GIVEN = (
    ("wei", "伟"), ("fang", "芳"), ("min", "敏"), ("jing", "静"), ("qiang", "强"),
    ("lei", "磊"), ("jun", "军"), ("yang", "洋"), ("yong", "勇"), ("yan", "艳"),
    ("jie", "杰"), ("tao", "涛"), ("ming", "明"), ("chao", "超"), ("xiu", "秀"),
    ("hua", "华"), ("ping", "平"), ("gang", "刚"), ("hui", "慧"), ("bing", "冰"),
    ("xin", "欣"), ("yu", "宇"), ("hao", "浩"), ("xuan", "轩"), ("zi", "子"),
    ("han", "涵"), ("yi", "怡"), ("chen", "晨"), ("rui", "睿"), ("kai", "凯"),
    ("feng", "峰"), ("lin", "琳"), ("ning", "宁"), ("bo", "博"), ("wen", "文"),
)  # fmt: skip
# Names from elsewhere, with the transliterations Chinese media use for them.
INTERNATIONAL = (
    ("Alain", "阿兰"), ("Manu", "马努"), ("Priya", "普丽娅"), ("Maria", "玛丽亚"),
    ("Daniel", "丹尼尔"), ("Sofia", "索菲亚"), ("Ahmed", "艾哈迈德"), ("Anna", "安娜"),
    ("Carlos", "卡洛斯"), ("Yuki", "由纪"), ("Olga", "奥尔加"), ("Lucas", "卢卡斯"),
)  # fmt: skip
SURNAMES = (
    ("Lam", "林"), ("Jain", "贾殷"), ("Kumar", "库马尔"), ("García", "加西亚"),
    ("Müller", "穆勒"), ("Rossi", "罗西"), ("Silva", "席尔瓦"), ("Nguyen", "阮"),
    ("Kowalski", "科瓦尔斯基"), ("Tanaka", "田中"), ("Dubois", "杜布瓦"), ("Ivanova", "伊万诺娃"),
)  # fmt: skip
TITLES = (
    "Group VP", "Senior VP", "VP", "General manager", "Chief engineer", "Director",
    "Head", "Deputy general manager", "Chief architect", "Principal designer",
)  # fmt: skip
UNITS = (
    "the smartphone department", "the China region", "the international department",
    "the Redmi brand", "smart home", "internet services", "the AIoT platform", "Xiaomi Finance",
    "the camera team", "the chip team", "retail", "supply chain", "the Europe region",
    "the India region", "Latin America", "the TV business", "wearables", "the MIUI team",
    "cloud services", "the ecosystem investment team", "quality", "the AI lab",
)  # fmt: skip
NOTES = (
    "Generated for benchmarks: partner number {n}.",
    "Joined the {unit} team early; generated partner {n}.",
    "Works with {unit}; number {n} on the generated roster.",
)
MEMBER_ROLES = (
    "Engineer", "Senior engineer", "Product manager", "Designer", "Team lead",
    "Researcher", "Operations manager", "Sales director", "Architect", "Analyst",
)  # fmt: skip


def _compact(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


class _Names:
    """Varied people: mostly Chinese names (one- or two-character given names, a few
    two-character family names), some international ones; every so often a name repeats,
    as real rosters have namesakes."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> tuple[str, str]:
        rng = self.rng
        if rng.random() < 0.08:
            first, first_zh = rng.choice(INTERNATIONAL)
            last, last_zh = rng.choice(SURNAMES)
            return f"{first} {last}", f"{first_zh}·{last_zh}"
        family, family_zh = FAMILY[min(int(rng.expovariate(1 / 9)), len(FAMILY) - 1)]
        given = [rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.3 else 2)]
        name = f"{family} {''.join(p for p, _ in given).capitalize()}"
        return name, family_zh + "".join(h for _, h in given)


class SyntheticBundle:
    """Builds the generated files from a real bundle folder."""

    def __init__(self, base: Path, seed: int = 0) -> None:
        self.base = base
        self.seed = seed
        self.partners_file = json.loads((base / "partners.json").read_text(encoding="utf-8"))
        self.programme_file = json.loads((base / "programme.json").read_text(encoding="utf-8"))
        real = self.partners_file["partners"]
        # Citations the real data uses for the same kind of thing, so every one resolves.
        self.partner_citations = [p["citations"] for p in real]
        self.role_citations = [r["citations"] for p in real for r in p["roles"]]
        self.note_citations = [n["citations"] for p in real for n in p.get("notes", ())]
        self.joined_citations = [
            p["joined_company"]["citations"] for p in real if p.get("joined_company")
        ]
        self.cohorts = [c["id"] for c in self.partners_file["cohorts"]]
        batches = self.programme_file.get("batches", [])
        self.batches = [(b["id"], b["citations"]) for b in batches]
        self.member_citations = [self.programme_file["summary"]["citations"]]

    def partners(self, count: int) -> list[dict[str, Any]]:
        """`count` partners: the real ones, then generated ones."""
        real = list(self.partners_file["partners"])
        if count < len(real):
            raise ValueError(f"at least {len(real)} partners: the real ones stay")
        rng = random.Random(f"partners-{self.seed}")
        names = _Names(rng)
        return real[:count] + [
            self._partner(n, rng, names) for n in range(len(real) + 1, count + 1)
        ]

    def _partner(self, n: int, rng: random.Random, names: _Names) -> dict[str, Any]:
        name, name_zh = names()
        unit = rng.choice(UNITS)
        year = rng.randint(2010, 2024)
        partner: dict[str, Any] = {
            "id": f"p{n:06d}",
            "name": name,
            "name_zh": name_zh,
            "cohort": rng.choice(self.cohorts),
            "partner_since": None if rng.random() < 0.05 else f"{year}-{rng.randint(1, 12):02d}",
        }
        if rng.random() < 0.3 and self.joined_citations:
            partner["joined_company"] = {
                "date": str(year - rng.randint(0, 8)),
                "citations": rng.choice(self.joined_citations),
            }
        roles = [f"{rng.choice(TITLES)} of {unit}"]
        if rng.random() < 0.15:
            roles.append(f"{rng.choice(TITLES)} of {rng.choice(UNITS)}")
        partner["roles"] = [
            {"text": r, "citations": rng.choice(self.role_citations)} for r in roles
        ]
        if rng.random() < 0.2 and self.note_citations:
            note = rng.choice(NOTES).format(n=n, unit=unit)
            partner["notes"] = [{"text": note, "citations": rng.choice(self.note_citations)}]
        partner["citations"] = rng.choice(self.partner_citations)
        return partner

    def members(self, count: int) -> Iterator[dict[str, Any]]:
        rng = random.Random(f"members-{self.seed}")
        names = _Names(rng)
        for n in range(1, count + 1):
            name, name_zh = names()
            member: dict[str, Any] = {"id": f"m{n:06d}", "name": name}
            if rng.random() < 0.9:
                member["name_zh"] = name_zh
            citations = rng.choice(self.member_citations)
            if self.batches and rng.random() < 0.85:
                member["batch"], citations = rng.choice(self.batches)
            member["role"] = f"{rng.choice(MEMBER_ROLES)}, {rng.choice(UNITS)}"
            member["citations"] = citations
            yield member

    def write(self, out: Path, partners: int, members: int) -> None:
        out.mkdir(parents=True, exist_ok=True)
        for name in BUNDLE_FILES:
            if name not in ("partners.json", "programme.json"):
                shutil.copyfile(self.base / name, out / name)
        partners_file = {**self.partners_file, "partners": self.partners(partners)}
        (out / "partners.json").write_text(_compact(partners_file), encoding="utf-8")
        programme = dict(self.programme_file)
        if members:
            programme["members"] = list(self.members(members))
        else:
            programme.pop("members", None)
        (out / "programme.json").write_text(_compact(programme), encoding="utf-8")


def write_bundle(
    out: Path | str,
    partners: int,
    members: int = 0,
    seed: int = 0,
    base: Path | str | None = None,
) -> Path:
    """Write a synthetic bundle into `out` (created if needed) and return its path."""
    if base is None:
        base = data_dir()
    out = Path(out)
    SyntheticBundle(Path(base), seed).write(out, partners, members)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m gui.content.synthetic",
        description="Write a content bundle with many generated partners and programme members.",
    )
    parser.add_argument("out", metavar="OUT_DIR", type=Path, help="folder to write (created)")
    parser.add_argument("--partners", type=int, default=1000, help="partners in all (default 1000)")
    parser.add_argument("--members", type=int, default=0, help="programme members (default 0)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--base", type=Path, help="the real bundle to start from (default: data/)")
    args = parser.parse_args(argv)
    if args.partners < 1 or args.members < 0:
        parser.error("--partners must be at least 1 and --members at least 0")
    try:
        out = write_bundle(args.out, args.partners, args.members, args.seed, args.base)
    except ValueError as error:
        parser.error(str(error))
    print(f"{out}: {args.partners:,} partners, {args.members:,} programme members")
    return 0


if __name__ == "__main__":
    sys.exit(main())
