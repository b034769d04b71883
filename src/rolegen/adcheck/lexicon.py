"""The lexicon of French job nouns and their genders (``rules/job-nouns.yml``), built from ROME appellations.

France Travail's ROME lists its appellations as doublets ("Serveur / Serveuse en restauration"). The head
noun of each side gives a masculine and a feminine form; a noun that has the same form for both (épicène:
"Comptable", "Orfèvre planeur / Orfèvre planeuse") or that is both a masculine and a feminine head somewhere
is left out. Regenerate with::

    python -m rolegen.adcheck.lexicon appellations_public.csv src/rolegen/adcheck/rules/job-nouns.yml

(the CSV: ``ogr_appellation;rome_code;libelle_appellation_long;...``, ROME 4.0 as published by France Travail).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from rolegen.adcheck.fold import fold

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
NOT_JOBS = frozenset("premier premiere second seconde homme femme maitre maitresse monsieur madame carrier carriere "
                     "maternel maternelle financier financiere agent agente designer designeuse professionnel "
                     "professionnelle operationnel operationnelle prix pricing social sociale medicosocial "
                     "medicosociale".split())
"""Heads of appellations that are ordinary words more often than job nouns ("carrière", "langue maternelle",
"données financières", « Recherche opérationnelle », "Pricing", « à caractère social »), or used for both sexes ("agent", the loanword "designer")."""


def _head(words: list[str]) -> str | None:
    return words[0] if words and _WORD.fullmatch(words[0]) else None


def pairs(labels: list[str]) -> tuple[dict[str, str], int]:
    """masculine -> feminine head nouns of the doublets among ``labels``, and how many doublets were read."""
    found: dict[str, str] = {}
    doublets = 0
    for label in labels:
        if " / " not in label:
            continue
        doublets += 1
        left, right = (fold(part.strip())[0] for part in label.split(" / ", 1))
        lw, rw = left.split(), right.split()
        if not lw or not rw:
            continue
        raw_right = label.split(" / ", 1)[1].strip()
        masc = lw[-1] if raw_right[:1].islower() else lw[0]  # "Aide jardinier / jardinière"
        fem = _head(rw)
        # the two heads share their first letters (serveur / serveuse, hôte / hôtesse); otherwise the doublet
        # names two different words ("Responsable / Business developer", "Steward / Hôtesse")
        if fem and _WORD.fullmatch(masc) and masc != fem and masc[:3] == fem[:3]:
            found.setdefault(masc, fem)
    return found, doublets


NOT_EPICENE = frozenset("customer cyber game interface membre danse deuxieme doublure critique comique support data "
                        "vice post net premiere seconde office personnage revenue silhouette modele mousse stationnaire "
                        "vestiaire".split())
"""First words of appellations that are modifiers or ordinary words, not the job noun ("Customer success
manager", "Deuxième de cuisine", "Critique d'art", "Doublure lumière")."""
EPICENE_ENDINGS = ("e", "er")
"""How the head of an épicène appellation ends ("Secrétaire", "Comptable", "Manager"); a head written alone
that ends otherwise ("Matelot", "Marin", "Clerc") is a masculine with no feminine in ROME."""


def epicene(labels: list[str], gendered: set[str]) -> list[str]:
    """Head nouns that name the job in both genders with one form: the same head on both sides of a doublet
    ("Orfèvre planeur / Orfèvre planeuse"), or the head of an appellation written once ("Secrétaire
    médical", "Comptable") that ends like an épicène and is no head of a doublet's side (``gendered``)."""
    found: set[str] = set()
    for label in labels:
        if " / " in label:
            left, right = (fold(part.strip())[0].split() for part in label.split(" / ", 1))
            head = _head(left)
            if head and right and head == right[0]:
                found.add(head)
        else:
            head = _head(fold(label)[0].split())
            if head and head.endswith(EPICENE_ENDINGS):
                found.add(head)
    return sorted(w for w in found if w not in gendered and w not in NOT_JOBS | NOT_EPICENE and len(w) > 3)


def build(csv_path: str | Path) -> dict:
    with open(csv_path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    labels = [row["libelle_appellation_long"] for row in rows]
    found, doublets = pairs(labels)
    feminine = set(found.values())
    clean = {m: f for m, f in sorted(found.items())
             if m not in feminine and f not in found and m not in NOT_JOBS and f not in NOT_JOBS}
    return {"appellations": len(rows), "doublets": doublets, "pairs": clean,
            "epicene": epicene(labels, set(found) | feminine)}


def write(data: dict, target: str | Path) -> None:
    lines = [
        "# French job nouns and their genders: the head nouns of the doublets of ROME 4.0 appellations",
        "# (\"Serveur / Serveuse en restauration\" -> serveur: serveuse), folded (lower case, no accents).",
        "# Source: ROME, Répertoire opérationnel des métiers et des emplois, France Travail, published under the",
        "# Licence Ouverte / Open Licence 2.0 (Etalab): reuse allowed with the source named. Read from the copy",
        "# in gip-inclusion/immersion-facile (back/src/config/pg/static-data/appellations_public.csv, MIT licence),",
        f"# {data['appellations']} appellations, {data['doublets']} doublets. Built by rolegen.adcheck.lexicon; épicène",
        "# nouns and nouns both masculine and feminine somewhere are left out of the pairs; the épicène heads",
        "# (one form for both: \"Secrétaire\", \"Comptable\") are listed apart, for the feminine article (\"une comptable\").",
        "pairs:",
    ]
    lines += [f"  {m}: {f}" for m, f in data["pairs"].items()]
    lines += ["epicene:"] + [f"  - {w}" for w in data["epicene"]]
    Path(target).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write(build(sys.argv[1]), sys.argv[2])
    print(f"wrote {sys.argv[2]}")
