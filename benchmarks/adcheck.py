"""Speed of the ad checker against a floor, measured side by side in one process.

    python benchmarks/adcheck.py            # 10,000 and 1,000 synthetic ads of about 3,000 characters
    python benchmarks/adcheck.py --quick    # a smoke run (what the test suite runs)

The floor reads the same files, folds case and accents and splits them into
words: what any checker of these files must at least do (one alternation of
every rule's patterns is no floor: a checker that filters its rules by the
words present runs faster than it). rolegen's figure is :func:`rolegen.adcheck.check` on each file
(paragraphs, languages, exceptions, whole-ad rules, silencing, excerpts).
The two run alternately, the median of the repeats is kept. Ads are written
once into build/bench/ads-N/ (deterministic: the same N gives the same files).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

CLEAN_FR = [
    "Vous animerez les communautés de nos marques sur Instagram, LinkedIn et TikTok.",
    "Vous préparerez le calendrier éditorial avec l'équipe contenu et le suivrez chaque semaine.",
    "Vous mesurerez la portée et le taux d'engagement des publications, et en tirerez des recommandations.",
    "Le poste est basé à Lyon, avec deux jours de télétravail par semaine.",
    "Nos clients, des marques de l'artisanat et du tourisme, attendent des contenus soignés.",
    "Vous avez trois ans d'expérience en agence ou chez l'annonceur.",
    "Anglais courant : une partie de nos clients est en Belgique et aux Pays-Bas.",
    "Mutuelle santé, titres-restaurant et budget formation de 1 500 € par an.",
    "Ce poste est ouvert aux personnes en situation de handicap.",
    "Vous travaillerez avec la direction artistique, les graphistes et le service client.",
]
CLEAN_EN = [
    "You will run our brands' communities on Instagram, LinkedIn and TikTok.",
    "You will plan the editorial calendar with the content team and follow it every week.",
    "You will report on reach and engagement and turn them into recommendations.",
    "Three years of experience in an agency or in-house.",
    "Our clients include craft and tourism brands in France and Belgium.",
]
PROBLEMS = [
    "Jeune et dynamique, vous avez moins de 30 ans.", "CV avec photo exigé.", "Rémunération selon profil.",
    "Vous êtes ambitieux, compétitif et autonome.", "Native English speaker wanted.",
    "Candidats célibataires de préférence.", "Vous êtes en parfaite santé.",
]


def make_ads(n: int, folder: Path, size: int = 3000) -> list[Path]:
    """``n`` ads of about ``size`` characters in ``folder`` (written once; the same n gives the same files)."""
    paths = [folder / f"ad-{i:05d}.txt" for i in range(n)]
    if (folder / "VERSION").is_file() and all(p.is_file() for p in paths):
        return paths
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(n)
    for i, path in enumerate(paths):
        path.write_text(ad_text(i, rng, size), encoding="utf-8")
    (folder / "VERSION").write_text("2\n")
    return paths


def ad_text(i: int, rng: random.Random, size: int = 3000) -> str:
    """The ``i``-th synthetic ad of about ``size`` characters, drawn from ``rng``."""
    lines = [f"Community manager (H/F) n° {i}", "Publiée le 23 novembre 2026 · Lyon · 38 000 à 44 000 € brut annuel", ""]
    length = sum(map(len, lines))
    while length < size:
        pool = PROBLEMS if rng.random() < 0.08 else (CLEAN_EN if rng.random() < 0.1 else CLEAN_FR)
        # a reference number in every sentence: no two sentences are alike, as in ads from many employers
        # (the checker remembers the sentences it has read; the floor does not)
        paragraph = " ".join(rng.choice(pool).replace(".", f" (réf. {rng.randrange(10**6)}).", 1)
                             for _ in range(rng.randint(2, 4)))
        lines += [paragraph, ""]
        length += len(paragraph) + 1
    return "\n".join(lines)


_MARKS = re.compile(r"[\u0300-\u036f]+")
_WORDS = re.compile(r"[a-z0-9]+")


def floor(paths: list[Path]) -> int:
    """Read, fold case and accents, split into words: the words read."""
    found = 0
    for path in paths:
        text = _MARKS.sub("", unicodedata.normalize("NFD", path.read_text(encoding="utf-8").lower()))
        found += len(_WORDS.findall(text))
    return found


def rolegen(paths: list[Path]) -> int:
    """The checker on each file: the findings reported (starting with nothing remembered)."""
    from rolegen.adcheck import check, default_ruleset

    default_ruleset().memo.clear()
    return sum(len(check(path.read_text(encoding="utf-8"), path=str(path)).findings) for path in paths)


def side_by_side(paths: list[Path], repeat: int) -> tuple[float, float]:
    """(rolegen seconds, floor seconds): medians of alternate runs, after one warm-up of each."""
    rolegen(paths[:20]), floor(paths[:20])  # compile, fill caches, read the disk once
    ours, theirs = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        rolegen(paths)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        floor(paths)
        theirs.append(time.perf_counter() - start)
    return statistics.median(ours), statistics.median(theirs)


def rows(work: Path, quick: bool = False, repeat: int = 3, sizes: tuple[int, int] = (10_000, 1_000)) -> list[dict]:
    """The table rows (measure, value, unit, against, ratio, target, met), for this script and benchmarks/run.py."""
    big, small = (40, 10) if quick else sizes
    big_paths = make_ads(big, work / f"ads-{big}")
    ours, theirs = side_by_side(big_paths, 1 if quick else repeat)
    small_ours, _ = side_by_side(big_paths[:small], 1 if quick else repeat)
    per_big, per_small = ours / big * 1000, small_ours / small * 1000
    ratio = ours / theirs
    return [
        dict(measure=f"check-ad, {big:,} ads of ~3,000 chars", value=ours, unit="s",
             against=f"floor {theirs:.2f} s", ratio=ratio, target="<= 2 ms an ad", met=per_big <= 2),
        dict(measure=f"  check-ad per ad, {small:,} ads", value=per_small, unit="ms", against="", ratio=None,
             target="", met=None),
        dict(measure=f"  check-ad per ad, {big:,} ads", value=per_big, unit="ms", against=f"{small:,} ads",
             ratio=per_big / per_small, target="<= 1.2x", met=per_big / per_small <= 1.2),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run: 40 and 10 ads, one repeat")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench", help="folder for the generated ads")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side (median kept)")
    parser.add_argument("--ads", type=int, nargs=2, default=(10_000, 1_000), metavar=("MANY", "FEW"),
                        help="the two numbers of ads (default: 10000 1000)")
    args = parser.parse_args(argv)
    for row in rows(args.work, args.quick, args.repeat, tuple(args.ads)):
        ratio = "" if row["ratio"] is None else f"  {row['ratio']:.2f}x"
        met = "" if row["met"] is None else ("  met" if row["met"] else "  NOT MET")
        print(f"{row['measure']:40} {row['value']:9.3f} {row['unit']:2}  {row['against']:16}{ratio}  {row['target']}{met}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
