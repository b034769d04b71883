"""Requirements written as the fields of a form or with a sign, and their lawful look-alikes: a one-letter sex
("Sexe : F"), an age bound with a sign ("Âge ≤ 35 ans"), a birth year asked (not the employer's founding year), an
age group, a sex then an age range, a height in feet and inches, « présentable », a post to be filled by one sex;
and experience given as a field ("Expérience requise : 3-5 ans"), the legal minimum age, the size of a company,
staff networks of one sex. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories as found_categories


def categories(text: str, lang: str, country: str = "fr") -> set[str]:
    return found_categories(text, lang, country=country)


@pytest.mark.parametrize("text, lang, category", [
    # a one-letter sex, a preference named
    ("Sexe : F", "fr", "sex"),
    ("Genre: H", "fr", "sex"),
    ("Préférence : homme", "fr", "sex"),
    ("Poste à pourvoir par une femme", "fr", "sex"),
    ("Emploi tenu de préférence par un homme", "fr", "sex"),
    # an age bound with a sign, a birth year, an age group
    ("Âge ≤ 30 ans", "fr", "age"),
    ("Age < 40", "en", "age"),
    ("Né(e) après 1996", "fr", "age"),
    ("Candidates nées en 1992 ou après", "fr", "age"),
    ("Applicants born in 1994 or later", "en", "age"),
    ("Preferred age group 23-31", "en", "age"),
    ("Female, 22-28 years", "en", "age"),
    ("Young and dynamic team player wanted", "en", "age"),
    # appearance
    ("Height: 5'7\" and above", "en", "physical-appearance"),
    ("Vous êtes souriante et présentable", "fr", "physical-appearance"),
    ("Avoir une grande taille", "fr", "physical-appearance"),
    # a nationality as a plural noun, a sex before a job noun
    ("Poste réservé aux Sénégalais", "fr", "nationality"),
    ("Filipino females aged 24-33", "en", "nationality"),
    ("Lady cashier required", "en", "sex"),
    # a look of one origin, a passport photo, a deposit charged, measurements asked
    ("European-looking hostesses for the stand", "en", "origin"),
    ("Send your CV with 2 passport-size photos", "en", "physical-appearance"),
    ("Une caution de 80 euros vous sera demandée pour la formation", "fr", "misleading"),
    ("Merci d'indiquer vos mensurations", "fr", "physical-appearance"),
])
def test_a_requirement_written_as_a_field_or_with_a_sign_is_found(text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang, "fr" if lang == "fr" else "ae")


@pytest.mark.parametrize("text, lang", [
    ("Sexe : H/F", "fr"),
    ("Genre : H ou F", "fr"),
    ("Poste à pourvoir par un homme ou une femme", "fr"),
    ("Né en 2001, notre réseau compte 40 agences.", "fr"),
    ("Born in 2009, our studio has grown to 60 people.", "en"),
    ("Expérience requise : 3-5 ans", "fr"),
    ("Expérience professionnelle souhaitée : 1 à 2 ans", "fr"),
    ("Experience required: 4 to 6 years", "en"),
    ("Âge minimum légal : 18 ans", "fr"),
    ("Care plans follow standards for age groups from infancy to old age.", "en"),
    ("Join our young and energetic team!", "en"),
    ("Vous rendez les rapports présentables pour le comité.", "fr"),
    ("Tenue présentable fournie par l'enseigne", "fr"),
    ("Vous assurez une bonne présentation orale des dossiers.", "fr"),
    ("Un groupe de grande taille, des projets de belle taille", "fr"),
    ("Migration d'instances de grande taille", "fr"),
    ("Our female staff network runs mentoring for everyone.", "en"),
    ("Ladies, 20-30 percent off in our store this week", "en"),
    ("A forward-looking company", "en"),
    ("Photo d'identité pour votre badge d'accès, le premier jour", "fr"),
    ("Anglais : langue maternelle ou niveau C2", "fr"),
])
def test_their_lawful_look_alikes_are_not(text: str, lang: str) -> None:
    assert categories(text, lang, "fr" if lang == "fr" else "gb") == set()


# --- the candidate written in the feminine, in the forms ads use; the name « Marie » is no marital status

def ad(body: str) -> set[str]:
    text = f"Chargé d'accueil H/F\nPubliée le 02/11/2026\nVotre profil\n{body}\nSalaire : 2 100 € brut par mois.\n"
    return found_categories(text, "fr", fragment=False, country="fr")


@pytest.mark.parametrize("body", [
    "Organisée et patiente, vous tenez l'agenda du cabinet.",
    "Diplômée d'un BTS assistant de gestion, vous aimez le contact.",
    "Passionnée de cuisine, vous conseillez nos clients.",
    "Vous êtes titulaire du permis B et êtes motivée.",
    "Vous serez l'interlocutrice unique de nos fournisseurs.",
    "Candidate sérieuse et ponctuelle.",
    "Profil : jeune diplômée en gestion.",
    "L'assistante que nous cherchons parle anglais.",
])
def test_the_candidate_in_the_feminine_after_a_heading_is_found(body: str) -> None:
    assert "gendered-wording" in ad(body)


@pytest.mark.parametrize("body", [
    "Organisé(e) et patient(e), vous tenez l'agenda du cabinet.",
    "Située au cœur de Nantes, vous rejoindrez notre agence.",
    "De formation CAP complétée par un BP, vous justifiez d'une première expérience.",
    "Une  journée d'intégration  chaleureuse pour vous accueillir !",
    "Vous serez l'interlocuteur ou l'interlocutrice de nos fournisseurs.",
    "Les candidates et candidats sérieux sont les bienvenus.",
    "Votre responsable, Marie, vous formera.",
])
def test_their_lawful_look_alikes_are_not_one_sex_wording(body: str) -> None:
    assert ad(body) == set()


@pytest.mark.parametrize("text", ["Situation familiale : marié", "Marié de préférence", "Célibataire ou marié(e)",
                                  "Candidats mariés uniquement"])
def test_married_is_still_read_where_it_is_a_status(text: str) -> None:
    assert "family-situation" in categories(text, "fr")


# --- a sentence or a line in the other language than its paragraph's is read with that language's rules

@pytest.mark.parametrize("text, category", [
    ("Agence web à Casablanca. Looking for young and talented designers. Vous rejoindrez une équipe de dix personnes.",
     "age"),
    ("Our shop is in Brussels and we need help. Vendeuse de préférence une femme, avec expérience. You will work "
     "weekends.", "sex"),
])
def test_a_sentence_in_the_other_language_is_read_in_it(text: str, category: str) -> None:
    assert category in categories(text, "fr" if text.startswith("Agence") else "en", "ma")


def test_the_runs_keep_a_paragraph_in_one_language_whole() -> None:
    from rolegen.adcheck import text as t
    from rolegen.adcheck.fold import fold
    folded, _ = fold("Vous gérez les comptes clients. Vous travaillez avec le CRM. Reporting hebdomadaire.")
    assert t.language_runs(folded, 0, len(folded), "fr") == [(0, len(folded), "fr")]
    folded, _ = fold("Vous gérez les comptes. Looking for young and bright people. Merci.")
    runs = t.language_runs(folded, 0, len(folded), "fr")
    assert [lang for _, _, lang in runs] == ["fr", "en", "fr"]
    assert runs[0][0] == 0 and runs[-1][1] == len(folded)
    assert all(a[1] == b[0] for a, b in zip(runs, runs[1:]))
