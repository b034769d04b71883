"""French small ads for household jobs and gigs: the animals, machines and things of a small ad's title, the poster
named as « un particulier » and a seasonal let that are no masculine or feminine job noun, a woman or a man of a trade
as the title, a sailing lesson and a town named after a temple that are no religion, a physical ability explained by
the sessions, the age of the old person cared for or of the poster's family, young and old both asked, the
youngest child, and the poster's own home; with the look-alikes that still ask the candidate. Sentences written for
these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str) -> set[str]:
    return rule_ids(text, "fr", country="fr")


def whole(text: str) -> set[str]:
    return rule_ids(text, "fr", fragment=False, country="fr")

# --- an animal, a machine, a thing, the customers or the poster in a small ad's title (title-gender-mark, rules/fr.yml)

@pytest.mark.parametrize("title", [
    "Garde de notre chien pendant les vacances",
    "Promenade de deux chiennes le samedi",
    "Installer un climatiseur au deuxième étage",
    "Réparer un aspirateur et un radiateur",
    "Soutien scolaire en mathématiques",
    "Accueil des voyageurs et remise des clés",
    "Cherche un particulier pour gérer mon logement",
    "Transport d'un tracteur de collection",
    "Ménage d'appartements en location saisonnière",
    "Coaching bien-être à domicile",
    "Cours de navigation sur un petit voilier",
])
def test_a_thing_or_the_poster_in_the_title_is_no_job_noun(title: str) -> None:
    assert "title-gender-mark" not in whole(title + "\nPubliée le 12 mars 2026\nMerci de me contacter.\n")


@pytest.mark.parametrize("title", [
    "Recherche mécanicien pour ma voiture",
    "Cherche jardinier pour l'été",
    "Recherche électricien qualifié",
    "Cherche serveuse pour le week-end",
    "Saisonnier polyvalent pour la cueillette",
])
def test_a_job_noun_in_one_gender_in_the_title_is_still_found(title: str) -> None:
    assert "title-gender-mark" in whole(title + "\nPubliée le 12 mars 2026\nMerci de me contacter.\n")

# --- a woman or a man of a trade as the title (title-gender-mark, rules/fr.yml)

@pytest.mark.parametrize("title", [
    "Recherche femme de ménage 3h par semaine",
    "Femme de ménage",
    "Cherche homme d'entretien pour la copropriété",
    "Urgent : femme de chambre pour l'été",
])
def test_a_woman_or_a_man_of_a_trade_in_the_title_is_title_gender(title: str) -> None:
    assert "title-gender-mark" in whole(title + "\nPubliée le 12 mars 2026\nMerci de me contacter.\n")


@pytest.mark.parametrize("title", [
    "Recherche femme/homme de ménage",
    "Cherche homme ou femme de ménage",
    "Femme de ménage H/F",
    "Recherche une personne pour le ménage",
])
def test_both_sexes_or_no_sex_in_the_title_pass(title: str) -> None:
    assert "title-gender-mark" not in whole(title + "\nPubliée le 12 mars 2026\nMerci de me contacter.\n")

# --- a sailing lesson and a town named after a temple are no religion (religion-criterion, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Je cherche quelqu'un pour des cours particuliers de voile sur un petit voilier.",
    "Recherche moniteur diplômé de voile pour l'été.",
    "Ménage - Savigny-le-Temple (77176)",
    "Lieu : Temple-sur-Lot, maison avec jardin.",
])
def test_sailing_and_a_town_are_no_religion(text: str) -> None:
    assert "religion-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Cours de couture : pas de voile pendant les cours.",
    "Port du voile interdit.",
    "Pas de personnes voilées.",
])
def test_a_veil_refused_is_still_found(text: str) -> None:
    assert "religion-criterion" in rules(text)

# --- a physical ability explained by the job's sessions (health-criterion, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Bonne résistance physique (capacité à enchaîner plusieurs séances de massage de 2 heures).",
    "Endurance physique : tournées de soins à domicile toute la matinée.",
])
def test_a_physical_ability_the_sessions_explain_is_no_health_criterion(text: str) -> None:
    assert "health-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Bonne résistance physique exigée.",
    "Aptitude physique requise, certificat médical à fournir.",
])
def test_a_physical_ability_asked_alone_is_still_found(text: str) -> None:
    assert "health-criterion" in rules(text)

# --- the age of the person cared for or of the poster's family, young and old both, the youngest child (age-criterion)

@pytest.mark.parametrize("text", [
    "Nous cherchons une aide pour une personne âgée dépendante de 88 ans.",
    "Je recherche une personne pour tenir compagnie à mon père âgé de 90 ans.",
    "Pour ma mère de 79 ans, aide aux courses deux fois par semaine.",
    "Recherche jeune ou adulte pour promener un monsieur le samedi.",
    "Jeunes et moins jeunes, tous les profils sont les bienvenus.",
    "Pour le plus jeune enfant, aide aux devoirs et bain.",
])
def test_the_age_of_those_cared_for_or_both_ages_is_no_criterion(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Recherche personne âgée de 20 à 30 ans pour garder les enfants.",
    "Cherche jeune femme de moins de 25 ans pour le ménage.",
    "Candidat âgé de 25 ans maximum.",
    "Profil plus jeune souhaité.",
])
def test_an_age_asked_of_the_candidate_is_still_found(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- the poster's own home (place-of-residence-criterion, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Jeune maman vivant à Roubaix, je cherche une personne pour garder ma fille.",
    "Couple de retraités habitant à Vannes, nous recherchons une aide ménagère.",
    "Propriétaires de deux gîtes. Habitant sur Lyon, nous cherchons quelqu'un pour l'accueil des locataires.",
])
def test_the_posters_home_is_no_residence_criterion(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Nous recherchons une personne habitant à Vannes uniquement.",
    "Candidats habitant en dehors de la ville s'abstenir.",
    "Vous devez habiter à moins de 10 km de la maison.",
])
def test_a_home_asked_of_the_candidate_is_still_found(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text)

# --- a private person who posts the ad is no masculine job noun (job-noun-masculine, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "URGENT PARTICULIER recherche quelqu'un pour déplacer un piano.",
    "Particulier cherche quelqu'un pour tondre la pelouse.",
])
def test_the_private_poster_is_no_job_noun(text: str) -> None:
    assert "job-noun-masculine" not in rules(text)


@pytest.mark.parametrize("text", [
    "Urgent : recherche livreur pour ce week-end.",
    "Recherche chauffeur pour la saison.",
])
def test_a_masculine_job_noun_after_the_recruiting_verb_is_still_found(text: str) -> None:
    assert "job-noun-masculine" in rules(text)

# --- the end of a period is no publication date (undated, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Garde de mon chat\nJe cherche quelqu'un pour garder mon chat du 3 au 12 août 2025.\n",
    "Garde de chien\nAbsente du 28 juillet au 9 août 2024, je cherche une famille d'accueil.\n",
])
def test_the_end_of_a_period_is_no_publication_date(text: str) -> None:
    assert "undated" in whole(text)


@pytest.mark.parametrize("text", [
    "Garde de mon chat\nPubliée le 2 juillet 2025\nGarde du 3 au 12 août 2025.\n",
    "Ménage\nMise à jour le 20/06/2025\nMission du 01/07/2025 au 31/08/2025.\n",
])
def test_a_publication_date_beside_a_period_is_still_a_date(text: str) -> None:
    assert "undated" not in whole(text)
