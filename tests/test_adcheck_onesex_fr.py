"""One-sex wording in a French ad that the earlier patterns let through: a title opening with a feminine job noun
though it carries "H/F"; a feminine noun given a masculine adjective read as a doublet; the experience asked in a
job named in the feminine; a masculine job noun given a feminine quality in a title with "H/F"; a woman of an
épicène trade sought with words between the verb and her; « En tant que … » opening a line after a line without a
full stop. Each with lawful look-alikes. The sentences are written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids
from rolegen.adcheck.engine import default_ruleset

BODY = "\nPubliée le 02/03/2026\nNous renforçons notre équipe à Nantes. Salaire : 2 100 € brut par mois."
ONE_SEX = {c.rule.id for c in default_ruleset().rules if c.rule.category in ("title-gender", "gendered-wording")}


def one_sex(text: str, country: str = "fr") -> set[str]:
    """The one-sex rules (title and wording) a whole ad gets, jobs in France unless told."""
    return rule_ids(text, "fr", fragment=False, country=country) & ONE_SEX


@pytest.mark.parametrize("title", [
    "Gouvernante d'étage (H/F)",
    "Chargée de recrutement H/F",
    "Vendeuse en boulangerie F/H",
    "Assistante commerciale (H/F) - Rennes",
    "CDD - Serveuse H/F",
    "Stagiaire assistante de direction H/F",
])
def test_a_title_opening_on_a_feminine_noun_names_one_sex_even_with_the_mark(title: str) -> None:
    assert one_sex(title + BODY) == {"title-feminine-noun"}


@pytest.mark.parametrize("title", [
    "Vendeur en boulangerie H/F",
    "Vendeuse / Vendeur en boulangerie (H/F)",
    "Chargée de mission / Chargé de mission H/F",
    "ELECTROTECHNICIENNE - ELECTROTECHNICIEN (H/F)",
    "Serveuse et serveur en brasserie H/F",
    "Chargé·e de recrutement H/F",
    "Auxiliaire de vie sociale (H/F)",
    "Générale de Santé - Infirmier H/F",
    "Directrice (eur) de crèche (H/F)",
])
def test_a_masculine_doubled_or_inclusive_title_with_the_mark_passes(title: str) -> None:
    assert one_sex(title + BODY) == set()


@pytest.mark.parametrize("title", ["Employé polyvalente en restauration (H/F)", "Vendeur confirmée H/F"])
def test_a_masculine_noun_given_a_feminine_quality_names_one_sex_even_with_the_mark(title: str) -> None:
    assert one_sex(title + BODY) == {"title-feminine-noun"}


@pytest.mark.parametrize("title", ["Employé polyvalent en restauration (H/F)", "Expert Active Directory (H/F)",
                                   "Vendeur confirmé / Vendeuse confirmée H/F"])
def test_a_masculine_noun_with_its_own_quality_or_a_product_name_passes(title: str) -> None:
    assert one_sex(title + BODY) == set()


def test_without_the_mark_the_title_rule_speaks_once() -> None:
    assert one_sex("Gouvernante d'étage" + BODY) == {"title-gender-mark"}


@pytest.mark.parametrize("title", ["Assistante Commercial Hotline", "Secrétaire médicale Technicienne Administratif"])
def test_a_feminine_noun_with_a_masculine_adjective_is_no_doublet(title: str) -> None:
    assert "title-gender-mark" in one_sex(title + BODY)


@pytest.mark.parametrize("title", ["Ingénieure Ingénieur", "Vendeuse vendeur"])
def test_both_forms_of_the_noun_side_by_side_pass(title: str) -> None:
    assert one_sex(title + BODY) == set()


@pytest.mark.parametrize("sentence", [
    "Expérience préalable en tant que cuisinière (au moins 1 an).",
    "Vous avez une première expérience comme vendeuse en prêt-à-porter.",
    "Deux ans d'expérience de serveuse souhaités.",
])
def test_experience_asked_in_a_feminine_job_is_one_sex_wording(sentence: str) -> None:
    assert one_sex("Cuisinier H/F" + BODY + "\nProfil\n" + sentence) == {"gendered-wording-fr"}


@pytest.mark.parametrize("sentence", [
    "Expérience en tant que cuisinier ou cuisinière exigée.",
    "Expérience comme vendeur / vendeuse souhaitée.",
    "Elle a débuté en tant que vendeuse avant de fonder la maison.",
    "Une expérience en tant que cuisinier(ère) est un plus.",
    "Une expérience de grande distribution est un plus.",
    "Expérience au sein d'une enseigne de grande distribution appréciée.",
])
def test_experience_in_both_forms_or_someone_elses_story_passes(sentence: str) -> None:
    assert one_sex("Cuisinier H/F" + BODY + "\n" + sentence) == set()


@pytest.mark.parametrize("sentence", [
    "Nous recrutons pour notre service juridique une juriste junior.",
    "Nous recherchons pour notre agence de Nantes une comptable expérimentée.",
    "Notre cabinet recrute dès maintenant une secrétaire.",
])
def test_a_woman_of_an_epicene_trade_sought_is_one_sex_wording(sentence: str) -> None:
    assert one_sex("Poste à pourvoir" + BODY + "\n" + sentence, country="ma") == {"gendered-wording-fr"}


@pytest.mark.parametrize("sentence", [
    "Nous recrutons un ou une juriste junior.",
    "Nous recrutons pour une pharmacienne titulaire un comptable.",
    "Nous recherchons une juriste ou un juriste pour notre service.",
    "Nous recherchons une comptable H/F pour notre agence.",
    "Nous recrutons pour une cliente un secrétaire.",
])
def test_both_sexes_the_client_or_another_sense_passes(sentence: str) -> None:
    assert one_sex("Poste à pourvoir" + BODY + "\n" + sentence, country="ma") == set()


def test_en_tant_que_opening_a_line_after_a_line_without_a_full_stop() -> None:
    text = "Poste à pourvoir\nCasablanca\nEn tant qu'assistante commerciale, vous serez le point de contact des clients."
    assert one_sex(text, country="ma") == {"gendered-wording-fr"}


def test_en_tant_que_inside_a_sentence_about_someone_else_passes() -> None:
    text = "Poste à pourvoir\nCasablanca\nNotre fondatrice a commencé en tant que vendeuse, puis vous a ouvert la voie."
    assert one_sex(text, country="ma") == set()


@pytest.mark.parametrize("text", [
    "Gestion des devis clientsProfil du posteLa vendeuse devra avoir le permis B.",
    "Vos atoutsLa vendeuse sera chargée de la caisse.",
])
def test_a_sentence_joined_to_a_heading_by_a_lost_line_break_is_still_read(text: str) -> None:
    assert one_sex("Poste à pourvoir" + BODY + "\n" + text, country="ci") == {"gendered-wording-fr"}


def test_a_brand_name_with_a_short_part_stays_whole() -> None:
    assert one_sex("Poste à pourvoir" + BODY + "\nProfil LinkedIn et compte YouTube à jour.", country="ci") == set()


@pytest.mark.parametrize("title", [
    "Aide ménagère H/F",
    "Jeune vendeuse (H/F)",
    "Offre d'emploi : Vendeuse H/F",
    "Recrutement : Vendeuses à Lyon (H/F)",
])
def test_a_feminine_noun_after_a_modifier_or_an_announcement_still_names_one_sex(title: str) -> None:
    assert one_sex(title + BODY) == {"title-feminine-noun"}


@pytest.mark.parametrize("title", [
    "Data analyst senior retail grande distribution H/F",
    "Analyste industries culturelles et créatives F/H",
    "Technicien de maintenance générale H/F",
    "Chef de partie tournante H/F",
    "Offre de stage en communication H/F",
])
def test_a_feminine_adjective_further_in_the_title_is_no_job_noun(title: str) -> None:
    assert one_sex(title + BODY) == set()


def test_a_feminine_adjective_agreeing_with_a_plural_noun_is_no_job_noun() -> None:
    assert one_sex("Plusieurs missions permanentes à pourvoir à Tours" + BODY) == set()
