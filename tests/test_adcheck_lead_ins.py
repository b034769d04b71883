"""A list's lead-in: the items of a list are segments of their own, so a quality alone on an item (« - Sérieuse et
rigoureuse. ») cannot see the noun it agrees with on the line that leads the list in (« Nous recherchons une
personne : »). A rule's ``lead_ins`` name such lines; the rule's findings in the items they lead in are dropped.
The employer's client (« Notre client recherche… », "Our client is looking for…") is the employer, not an
audience, and neither is a "Help-Wanted—Female" column nor an "engaging personality"; a law firm or an insurance
company is no legal condition. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories, rule_ids

AD = "Technicien de maintenance H/F\nPubliée le 01/10/2026\n{}\n"


def lines_flagged(body: str, rule: str = "gendered-wording-fr") -> list[int]:
    from rolegen.adcheck import check

    return [f.line for f in check(AD.format(body), lang="fr", country="fr").findings if f.rule == rule]


@pytest.mark.parametrize("body", [
    "Nous recherchons une personne :\n- Sérieuse et rigoureuse.\n- Curieuse et organisée.",
    "Nous recherchons avant tout une personne motivée :\n- Autonome\n- Sérieuse et rigoureuse.",
    # a blank line between the lead-in and its list
    "Vous êtes une personne :\n\n- Sérieuse et rigoureuse.",
    "Le poste conviendrait à une recrue :\n* Patiente et attentive",
    "Notre future recrue :\n1. Rigoureuse et organisée",
])
def test_items_agree_with_a_feminine_noun_of_both_sexes(body: str) -> None:
    assert lines_flagged(body) == []


@pytest.mark.parametrize("body, line", [
    # no lead-in
    ("Profil recherché :\n- Sérieuse et rigoureuse.", 4),
    ("Vous êtes :\n- Sérieuse et rigoureuse.", 4),
    # a feminine job noun is one sex
    ("Nous recherchons une assistante :\n- Sérieuse et rigoureuse.", 4),
    # a new lead-in ends the first one's list, even on a line joined to an item
    ("Nous recherchons une personne :\n- Autonome\n\nVous êtes :\n- Sérieuse et rigoureuse.", 7),
    ("Nous recherchons une personne :\n- Autonome\nVous êtes :\n- Sérieuse et rigoureuse.", 6),
    # a paragraph that is no list item ends the list
    ("Nous recherchons une personne :\n- Autonome\n\nSérieuse et rigoureuse, vous aimez le terrain.", 6),
])
def test_items_without_such_a_lead_in_are_still_read(body: str, line: int) -> None:
    assert line in lines_flagged(body)


def test_a_lead_in_drops_only_the_rules_that_name_it() -> None:
    """The sex of the candidate asked in an item is still read under « une personne : »."""
    body = "Nous recherchons une personne :\n- Sérieuse et rigoureuse.\n- Femme de préférence."
    assert lines_flagged(body) == []
    assert lines_flagged(body, "sex-requirement") == [5]


def test_a_user_rule_file_can_name_lead_ins(tmp_path) -> None:
    from rolegen.adcheck import check
    from rolegen.adcheck.ruleset import load_ruleset

    rules_file = tmp_path / "rules.yml"
    rules_file.write_text(
        "rules:\n"
        "  - id: gendered-wording-fr\n"
        "    lead_ins:\n"
        "      fr:\n"
        "        - \"profil recherche :$\"\n", encoding="utf-8")
    rules = load_ruleset(rules_file)
    body = AD.format("Profil recherché :\n- Sérieuse et rigoureuse.")
    assert not [f for f in check(body, lang="fr", country="fr", ruleset=rules).findings
                if f.rule == "gendered-wording-fr"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Notre client recherche une personne de nationalité française.", "fr", "nationality"),
    ("Notre client, PME familiale, recherche un commercial de moins de 30 ans.", "fr", "age"),
    ("Notre cliente ne souhaite pas de candidats étrangers.", "fr", "nationality"),
    ("Our client is looking for a British national to join the team.", "en", "nationality"),
    ("Our client seeks a female receptionist.", "en", "sex"),
    # a newspaper's column of one sex is no help offered to an audience
    ("Help-Wanted—Female: receptionist for a dental office.", "en", "sex"),
    # an engaging personality is a quality, not people the job engages
    ("Requirements: positive attitude, engaging personality, neat and professional appearance", "en",
     "physical-appearance"),
    ("Our client, a law firm, requires applicants under 30.", "en", "age"),
    ("An insurance company seeks agents under 30.", "en", "age"),
])
def test_the_employers_client_is_the_employer(text: str, lang: str, expected: str) -> None:
    assert expected in categories(text, lang)


@pytest.mark.parametrize("text, lang", [
    # the customers, and what they look for
    ("Vous conseillez nos clientes âgées sur les soins adaptés.", "fr"),
    ("Nos clients, des familles, recherchent des produits bio.", "fr"),
    ("You will advise our elderly customers, who are looking for comfort.", "en"),
    ("We help women entrepreneurs grow their business.", "en"),
    ("You will design campaigns engaging young mothers across the region.", "en"),
    # a legal condition still is one
    ("State law requires servers to be 21 or older.", "en"),
    ("Insurance requires drivers to be at least 25 years old.", "en"),
])
def test_customers_are_still_an_audience(text: str, lang: str) -> None:
    assert not categories(text, lang) & {"age", "sex", "nationality", "family-situation"}


@pytest.mark.parametrize("text, rule", [
    # « JF », « JH »: a young woman, a young man, in a classified ad
    ("Recherche JH pour manutention.", "sex-requirement"),
    ("Cherche JF pour garde d'enfants.", "sex-requirement"),
    # a body given to the person sought, right after the job noun
    ("Nous recherchons une vendeuse mince.", "physical-appearance-criterion"),
    ("Hôtesse jolie et souriante pour salon professionnel.", "physical-appearance-criterion"),
])
def test_telegraphic_sex_and_body(text: str, rule: str) -> None:
    assert rule in rule_ids(text)


@pytest.mark.parametrize("text", [
    "JF Hillebrand recrute un commercial.",
    "Vendeur pour notre rayon femme mince et petite taille.",
])
def test_names_and_clothes_are_not_a_body(text: str) -> None:
    assert not rule_ids(text) & {"sex-requirement", "physical-appearance-criterion"}


@pytest.mark.parametrize("opener", ["- ", "* ", "+ ", "· ", "1. ", "12) ", "  - ", "   3. "])
def test_a_line_break_before_a_list_item_is_no_join_and_the_item_opens_a_list(opener: str) -> None:
    from rolegen.adcheck import text as t

    assert t.LIST_ITEM.match(opener + "Autonome")
    assert not t.JOIN.search("Vous êtes :\n" + opener + "Autonome")


@pytest.mark.parametrize("line", ["Autonome", "2026 est l'année", "3,5 % de hausse", "  suite de la phrase"])
def test_a_line_that_only_wraps_a_sentence_is_joined_and_opens_no_list(line: str) -> None:
    from rolegen.adcheck import text as t

    assert not t.LIST_ITEM.match(line)
    assert t.JOIN.search("Vous êtes\n" + line)
