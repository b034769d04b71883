"""Frames of the L1132-1 criteria other than sex, seen on quoted French passages (Belgium, Switzerland, Cameroon and
France): an organisation that recruits is the employer, not an audience; a nationality after "des jeunes" is still a
nationality; a refusal before "avec des enfants" is a family criterion; the statutory nationality and fitness conditions
of the civil service are legal conditions. Sentences written for the tests, not copied from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, lang: str = "fr", country: str = "fr") -> set[str]:
    return rule_ids(text, lang, country=country)

@pytest.mark.parametrize(("text", "lang", "rule"), [
    # an organisation named as the subject of a recruitment verb is the employer: what follows is asked of the candidate
    ("Association sportive recrute des jeunes pour l'été.", "fr", "age-criterion"),
    ("Une fondation embauche des jeunes pour animer ses ateliers.", "fr", "age-criterion"),
    ("Our charity is recruiting young volunteers for the summer.", "en", "age-criterion"),
    ("A local NGO is hiring young graduates.", "en", "age-criterion"),
    # a nationality after a person noun, as the object of the verb
    ("Entreprise de BTP recrute des ouvriers sénégalais.", "fr", "nationality-criterion"),
    ("Nous recherchons des jeunes marocains pour la saison.", "fr", "nationality-criterion"),
    # a refusal before the family
    ("Pas de mamans avec des enfants en bas âge.", "fr", "family-situation-criterion"),
    ("Aucun candidat ayant des enfants.", "fr", "family-situation-criterion"),
    ("No parents with young children, sorry.", "en", "family-situation-criterion"),
    # a citizen of any nationality of the lexicon
    ("Priorité aux citoyens belges pour ce poste de magasinier.", "fr", "nationality-criterion"),
    ("Réservé aux ressortissants marocains.", "fr", "nationality-criterion"),
    # a physical condition asked with no task named
    ("Vous êtes en excellente condition physique.", "fr", "health-criterion"),
    # a nationality that selects people, from the lexicon
    ("Seules les Roumaines seront contactées.", "fr", "nationality-criterion"),
    ("Employés tunisiens uniquement.", "fr", "nationality-criterion"),
    ("Profil : Camerounais de préférence.", "fr", "nationality-criterion"),
    ("Titulaire d'un passeport malien.", "fr", "nationality-criterion"),
    # an age bracket with a slash or after "tranche d'âge"
    ("Vendeur 20/30 ans pour notre boutique.", "fr", "age-criterion"),
    ("Tranche d'âge : 30-45.", "fr", "age-criterion"),
    # a line that opens on the body and goes on to a quality
    ("Svelte et avenante, vous accueillez la clientèle.", "fr", "physical-appearance-criterion"),
])
def test_the_criterion_is_found_in_its_frame(text: str, lang: str, rule: str) -> None:
    assert rule in rules(text, lang)


@pytest.mark.parametrize(("text", "lang", "rule"), [
    # the audience keeps its scope when no one is recruited
    ("Notre association accompagne des jeunes vers l'emploi.", "fr", "age-criterion"),
    ("Our charity helps young people find housing.", "en", "age-criterion"),
    # a nationality after the object is a language or a market, not a person
    ("Nous recherchons des commerciaux anglais courant.", "fr", "nationality-criterion"),
    # children in the job's tasks, no refusal
    ("Aucun souci avec des enfants turbulents : vous savez les cadrer.", "fr", "family-situation-criterion"),
    ("Vous travaillerez avec des familles et leurs enfants.", "fr", "family-situation-criterion"),
    # a language, a cuisine or customers named with a nationality's word
    ("Espagnol de préférence.", "fr", "nationality-criterion"),
    ("Cuisine marocaine de préférence.", "fr", "nationality-criterion"),
    ("Clientèle allemande uniquement.", "fr", "nationality-criterion"),
    ("Uniquement des produits italiens.", "fr", "nationality-criterion"),
    # a number of years that is experience, a team that is pretty and lively
    ("Expérience 3/5 ans dans la vente.", "fr", "age-criterion"),
    ("Belle et dynamique équipe de dix personnes.", "fr", "physical-appearance-criterion"),
    # the statutory conditions of the civil service
    ("Avoir la nationalité française ou celle d'un autre État de l'Espace économique européen.", "fr",
     "nationality-criterion"),
    ("Remplir les conditions d'aptitude physique requises pour exercer ces fonctions.", "fr", "health-criterion"),
    # the physical demand named with the task it serves
    ("Bonne condition physique (déchargement des colis à l'entrepôt).", "fr", "health-criterion"),
    # the age of majority, however the adjective is written
    ("Les candidat(e)s âgé(e)s de 18 ans ou plus passent un contrôle d'identité.", "fr", "age-criterion"),
    # an exemption for religious or medical reasons, in French and in English
    ("Vaccination obligatoire, sauf dispense pour motifs médicaux ou religieux.", "fr", "religion-criterion"),
    ("Vaccination required; religious or medical exemptions considered.", "en", "religion-criterion"),
    # an equal-access programme and the groups it invites
    ("La Ville applique un programme d'accès à l'égalité en emploi et invite les minorités ethniques et les "
     "autochtones à postuler.", "fr", "origin-criterion"),
    # a priority the immigration rules set
    ("Selon les règles relatives à l'immigration, la priorité va aux citoyens canadiens.", "fr",
     "nationality-criterion"),
])
def test_the_same_words_outside_the_frame_pass(text: str, lang: str, rule: str) -> None:
    assert rule not in rules(text, lang)


def test_a_nationality_asked_without_the_eea_is_still_found() -> None:
    assert "nationality-criterion" in rules("Nationalité française exigée pour ce poste de vendeur.")
