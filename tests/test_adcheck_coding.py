"""The gender-coding verdict (what it reads, when it judges) and one finding per problem (repeats counted)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from rolegen.adcheck import check
from rolegen.adcheck.coding import label, settings
from rolegen.adcheck.fold import fold

RULES = Path(__file__).resolve().parents[1] / "src" / "rolegen" / "adcheck" / "rules"
FILLER_FR = "".join(f"Vous préparez la commande {i} et suivez sa livraison au magasin cette semaine. " for i in range(70))
FILLER_EN = "".join(f"You prepare order {i} and follow its delivery to the shop this week. " for i in range(70))
"""Sentences that differ (a repeated sentence is read once)."""


def coded(text: str, lang: str):
    gender = check(text, lang=lang).gender
    return gender.verdict, gender.masculine, gender.feminine


# --- when the text supports a verdict

def test_too_few_distinct_coded_words_is_no_verdict() -> None:
    # one "autonomie" in a three-line ad used to make it masculine-coded
    text = "Vendeur H/F\nVous êtes autonome.\nAutonomie et sens du contact sont vos atouts.\n"
    assert coded(text, "fr") == ("not-enough", ("autonome",), ())
    assert coded("Sales assistant\nYou are autonomous and ambitious.\n", "en")[0] == "not-enough"
    assert label("not-enough", "fr") == "pas assez de mots connotés pour juger"
    assert label("not-enough", "en") == "not enough coded words to judge"


def test_repeats_count_once_and_one_item_of_the_paper_counts_once() -> None:
    text = "Commercial H/F\nAmbitieux, vous êtes ambitieux. Autonome, vous aimez l'autonomie et les défis, les défis !\n"
    verdict, masculine, feminine = coded(text, "fr")
    assert (masculine, feminine) == (("Ambitieux", "Autonome", "défis"), ())  # autonome and autonomie: autonom*
    assert verdict == "masculine-coded"
    english = coded("Analyst\nLead the team as a leader: leadership, analysis and analytical skills.\n", "en")
    assert english[1] == ("Lead", "analysis")  # lead* and analy*: two items; "Analyst" names the job
    assert english[0] == "not-enough"


def test_the_verdict_is_per_100_words() -> None:
    words = "Ambitieux, compétitif et déterminé, vous aimez les défis."
    short = f"Vendeur H/F\n{words}\n"
    long = f"Vendeur H/F\n{words}\n{FILLER_FR}\n"
    assert check(short, lang="fr").gender.verdict == "strongly masculine-coded"  # 4 items, 12 words
    report = check(long, lang="fr").gender
    assert len(report.masculine) == 4 and report.words > 800 and report.verdict == "neutral"
    assert report.per_100 == round(-400 / report.words, 2)
    english = check("Shop assistant\nSupportive, warm, kind and loyal, you like people.\n", lang="en").gender
    assert english.verdict == "strongly feminine-coded"
    assert check(f"Shop assistant\nSupportive, warm and kind.\n{FILLER_EN}", lang="en").gender.verdict == "neutral"


def test_one_word_more_on_one_side_is_no_verdict() -> None:
    assert coded("Vendeur H/F\nAmbitieux et autonome, vous êtes à l'écoute.\n", "fr")[0] == "neutral"
    text = "Vendeur H/F\nAmbitieux, autonome et compétitif, vous êtes bienveillant et à l'écoute.\n"
    assert coded(text, "fr")[0] == "neutral"


# --- what the verdict does not read

def test_headings_are_not_read() -> None:
    text = ("# Vendeur H/F\n\nAUTONOMIE ET RIGUEUR\nVous préparez les commandes.\n\n## Leadership\n"
            "Vous suivez les livraisons.\n\nChallenges :\nVous rangez le magasin.\n\nVos qualités\n"
            "Vous êtes ambitieux.\n")
    report = check(text, lang="fr")
    assert report.gender.masculine == ("ambitieux",)
    assert [f.excerpt for f in report.findings if f.category == "gender-coding"] == ["ambitieux"]
    english = check("Sales assistant\n\nLEADERSHIP\nYou prepare the orders.\n\nChallenges:\nYou are kind.\n", lang="en")
    assert (english.gender.masculine, english.gender.feminine) == ((), ("kind",))


def test_the_employers_self_description_is_not_read() -> None:
    fr = ("Vendeur H/F\n\nQui sommes-nous ?\nUne équipe ambitieuse, compétitive et déterminée, leader du marché.\n"
          "Des défis chaque jour.\n\nVos missions :\nVous préparez les commandes, avec bienveillance.\n"
          "Nous sommes une entreprise ambitieuse et autonome. Notre société est compétitive. "
          "Acme Distribution est un groupe dominant depuis 1990. Vous êtes à l'écoute.\n")
    assert coded(fr, "fr") == ("not-enough", (), ("bienveillance", "à l'écoute"))
    en = ("Shop assistant\n\nAbout us\nAn ambitious, competitive and dominant firm.\n\nThe role\n"
          "You prepare the orders. We are a competitive, ambitious company. Acme Stores is a leading brand. "
          "Our company is independent. You are kind and warm.\n")
    assert coded(en, "en") == ("not-enough", (), ("kind", "warm"))
    # a sentence of the job, not of the employer, still counts
    assert coded("Vendeur H/F\nLe poste est ambitieux, compétitif et autonome.\n", "fr")[0] == "masculine-coded"
    # "we are looking for" describes the candidate, not the employer
    assert coded("Shop assistant\nWe are looking for an ambitious, competitive and dominant seller.\n", "en")[:2] == (
        "masculine-coded", ("ambitious", "competitive", "dominant"))
    assert coded("Vendeur H/F\nNous sommes à la recherche d'un vendeur ambitieux, compétitif et autonome.\n",
                 "fr")[0] == "masculine-coded"


def test_proper_nouns_are_not_read() -> None:
    text = ("Vendeur H/F\nRejoignez les magasins Leader Price, le réseau Active Santé et la mutuelle Confiance. "
            "Confiance et Active sont nos enseignes. Vous êtes ambitieux.\n")
    report = check(text, lang="fr")
    assert (report.gender.masculine, report.gender.feminine) == (("ambitieux",), ())
    assert [f.excerpt for f in report.findings if f.category == "gender-coding"] == ["ambitieux"]
    # in a line in title case, capitals say nothing
    assert check("Commercial Ambitieux Et Compétitif H/F\n", lang="fr").gender.masculine == ("Ambitieux", "Compétitif")


def test_duplicated_text_is_read_once() -> None:
    paragraph = "Vous êtes ambitieux, compétitif et déterminé, vous préparez les commandes."
    once = check(f"Vendeur H/F\n{paragraph}\n", lang="fr")
    twice = check(f"Vendeur H/F\n{paragraph}\n\n{paragraph}\n", lang="fr")
    assert twice.gender.words == once.gender.words and twice.gender.masculine == once.gender.masculine
    assert [f.count for f in twice.findings if f.category == "gender-coding"] == [1, 1, 1]


# --- the French list: each word has its source in the paper, the dropped words are gone

def test_every_french_word_has_its_source_and_dropped_words_are_gone() -> None:
    notices = yaml.safe_load((RULES / "notices.yml").read_text(encoding="utf-8"))
    words = {r["id"].split("-")[0]: r["words"]["fr"] for r in notices["rules"] if r["category"] == "gender-coding"}
    english = {r["id"].split("-")[0]: r["words"]["en"] for r in notices["rules"] if r["category"] == "gender-coding"}
    s = settings()
    for side in ("masculine", "feminine"):
        assert set(words[side]) == set(s.sources[side]), side  # every word has a source, every source a word
        assert not set(words[side]) & set(s.dropped[side])
        # each source is an item of the paper (an English entry of the same side)
        assert set(s.sources[side].values()) <= set(english[side]) | set(s.aliases.values()), side
    for phrase in ("force de proposition", "esprit d'équipe", "patient", "serviable", "consciencieux"):
        assert check(f"Vous avez l'{phrase}.", lang="fr", fragment=True).findings == [], phrase


# --- one finding per problem

def test_the_same_rule_on_the_same_words_is_one_finding_counted() -> None:
    text = ("Vendeur H/F\nPublié le 2 mars 2026. Salaire : 2 000 € brut par mois.\nJeune et dynamique, vous aimez la mode.\n"
            "Vous restez jeune.\nVous êtes JEUNE ? Photo exigée. Photo exigée.\n")
    report = check(text, lang="fr")
    age = [f for f in report.findings if f.rule == "age-criterion"]
    assert [(f.line, f.column, f.excerpt, f.count) for f in age][0] == (3, 1, "Jeune", 3)
    assert age[0].message.endswith(" (3 fois)")
    assert [f.count for f in report.findings if f.category == "physical-appearance"] == [2]
    lines = [(f.line, f.column) for f in report.findings]
    assert lines == sorted(lines)  # document order
    english = check("Sales assistant\nYoung and motivated, you are young. We want you young.\n", lang="en",
                    fragment=True)
    assert [(f.excerpt, f.count) for f in english.findings if f.category == "age"][0] == ("Young", 3)
    assert english.findings[0].message.endswith(" (3 times)")


def test_count_in_json_sarif_and_github(tmp_path: Path, monkeypatch, run) -> None:
    monkeypatch.chdir(tmp_path)
    Path("offre.txt").write_text("Vendeur H/F\nJeune, vous êtes jeune. Jeune !\n", encoding="utf-8")
    data = json.loads(run("check-ad", "--fragment", "--format", "json", "offre.txt").stdout)
    assert [(f["rule"], f["count"]) for f in data["findings"]] == [("age-criterion", 3)]
    assert data["files"][0]["gender"] == {"verdict": "not-enough", "masculine": [], "feminine": [], "words": 8,
                                          "per_100": 0.0}
    sarif = json.loads(run("check-ad", "--fragment", "--format", "sarif", "offre.txt").stdout)
    result = sarif["runs"][0]["results"][0]
    assert result["occurrenceCount"] == 3 and result["properties"]["count"] == 3
    assert "(3 fois)" in result["message"]["text"]
    github = run("check-ad", "--fragment", "--format", "github", "offre.txt").stdout
    assert github.startswith("::error file=offre.txt,line=2,col=1,") and "(3 fois)" in github
    text = run("check-ad", "--fragment", "offre.txt").stdout.splitlines()
    assert len(text) == 2 and "(3 fois)" in text[0]
    assert "connotation : pas assez de mots connotés pour juger" in text[1]  # a French ad: a French summary


def test_the_french_word_table_of_the_docs_is_current() -> None:
    from rolegen.adcheck.coding import with_table

    doc = (Path(__file__).resolve().parents[1] / "docs" / "gender-coded-words.md").read_text(encoding="utf-8")
    assert with_table(doc) == doc, "regenerate with: python -m rolegen.cli.reference"
    assert "`esprit d equipe` (feminine): team spirit" in doc
