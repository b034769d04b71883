"""The frames in which a job ad names the person it wants in one sex, each on its own (French and English), and
the lawful forms next to them: the lexicon's épicène nouns, coordinated objects, agreement after an adverb,
titles whose feminine noun follows a modifier, English compound and informal person nouns, explicit sex
preferences. The sentences are written for these tests, not taken from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import rule_ids as rules
from rolegen.adcheck.lexicon import epicene, pairs

RULES = Path(__file__).resolve().parent.parent / "src" / "rolegen" / "adcheck" / "rules"


# --- the lexicon: épicène heads from ROME, doublets of two different words left out

def test_the_lexicon_lists_epicene_heads_apart_from_the_pairs() -> None:
    labels = ["Comptable d'entreprise", "Orfèvre joaillier / Orfèvre joaillière", "Matelot de pont",
              "Serveur / Serveuse", "Customer success manager"]
    found, _ = pairs(labels)
    assert epicene(labels, set(found) | set(found.values())) == ["comptable", "orfevre"]


def test_a_doublet_of_two_different_words_is_no_pair() -> None:
    assert pairs(["Responsable / Business developer", "Hôte / Hôtesse d'accueil"])[0] == {"hote": "hotesse"}


def test_the_shipped_lexicon_has_epicene_heads_that_are_not_in_the_pairs() -> None:
    data = yaml.safe_load((RULES / "job-nouns.yml").read_text(encoding="utf-8"))
    gendered = set(data["pairs"]) | set(data["pairs"].values())
    assert {"comptable", "secretaire", "fleuriste", "baby-sitter"} <= set(data["epicene"])
    assert not gendered & set(data["epicene"])


# --- French: the object of a recruiting verb, the feminine article on an épicène noun, agreement

@pytest.mark.parametrize("text", [
    "Le garage embauche un mécanicien et une standardiste.",          # épicène with « une »
    "Cabinet dentaire recherche une secrétaire pour la rentrée.",
    "Famille cherche une baby-sitter le mercredi.",
    "La supérette recrute un magasinier et une caissière.",           # coordinated object
    "Nous recherchons deux préparateurs et une livreuse.",
    "Es-tu plutôt organisée et ponctuelle ?",                          # agreement after an adverb
    "Vous êtes titulaire d'un CAP et motivée.",                        # agreement after a first attribute
    "Vous êtes une vraie commerciale.", "Poste pouvant convenir à une étudiante.",
    "Vous êtes bien consciencieuse.",
    "Vous êtes issue d'une école de commerce.",                         # a feminine participle in -ue
])
def test_one_sex_in_the_object_or_the_agreement_is_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)


@pytest.mark.parametrize("text", [
    "Le garage embauche une secrétaire ou un secrétaire.",
    "Cabinet dentaire recherche une secrétaire (H/F) pour la rentrée.",
    "La supérette recrute un magasinier et une caissière / un caissier.",
    "Le comptable de l'agence travaille avec une comptable junior.",  # no recruiting verb
    "Es-tu plutôt organisé(e) ?",
    "Nous recrutons un(e) comptable.",
    "Vous êtes dynamique et pratique.", "Vous êtes issu(e) d'une école de commerce.",
    "Vous êtes psychologue clinicien(ne).", "Tu es bilingue et curieux(se).",  # -gue: no participle
    "Vous êtes une personne dynamique, rigoureuse et polyvalente.",  # agrees with « personne »
])
def test_both_forms_or_no_recruiting_frame_pass(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


# --- French titles: a feminine job noun after a modifier, with or without H/F; a hyphen read as a space

@pytest.mark.parametrize("title", ["Aide ménagère H/F", "Jeune vendeuse", "Aide soignante de nuit"])
def test_a_feminine_noun_after_a_modifier_in_a_title_is_title_gender(title: str) -> None:
    assert "job-noun-one-gender" in rules(title + "\n\nMissions au domicile des clients.")


@pytest.mark.parametrize("text", [
    "Aide ménager / aide ménagère H/F\n\nMissions au domicile des clients.",
    "Agent d'entretien H/F\n\nGestion administrative\nExpérience professionnelle exigée",  # body lines, not a title
    "Recrute TECHNICO COMMERCIAL (E) pour la région.",
])
def test_a_doublet_body_lines_or_an_inclusive_mark_pass(text: str) -> None:
    assert not {"job-noun-one-gender", "title-gender-mark"} & rules(text)


# --- French: a trade named by a woman or a man, a sex with an age bracket, one sex after an adjective

def test_a_trade_named_by_a_woman_is_the_job_in_one_gender_not_a_sex_criterion() -> None:
    # « femme de ménage » names the job in one gender (L1142-1), it is not a preference stated about the person
    assert rules("Femme de ménage pour nos bureaux.") == {"job-noun-one-gender"}
    assert rules("Nous recherchons une femme de ménage.") == {"gendered-wording-fr"}
    assert not rules("Nous recrutons un homme / une femme de ménage.")


@pytest.mark.parametrize("text", [
    "Agent de sécurité (homme) pour le week-end.",
    "Commerce recherche vendeur confirmé, homme de 30 à 40 ans.",
    "Emploi réservé : femmes expérimentées uniquement.",
])
def test_a_sex_with_an_age_or_after_an_adjective_is_sex(text: str) -> None:
    assert "sex-requirement" in rules(text)


def test_both_sexes_with_an_adjective_pass() -> None:
    assert "sex-requirement" not in rules("Hommes et femmes expérimentés uniquement, débutants s'abstenir.")


# --- English: compound and informal person nouns, a person described before a clause

@pytest.mark.parametrize("text", [
    "Delivery boy needed for weekend rounds.", "Counter girl for our bakery.", "Experienced saleslady.",
])
def test_one_sex_job_nouns_are_gendered_wording(text: str) -> None:
    found = rules(text, "en")
    assert "gendered-wording-fr" in found and "sex-requirement" not in found


@pytest.mark.parametrize("text", [
    "Friendly gal to answer the phones.", "Strong lads to unload trucks.",
    "Hardworking man, willing to travel.", "Ladies who love fashion should apply.",
    "Woman clerk for a busy office.", "Man cook for a hotel kitchen.", "Are you the right man for the job?",
])
def test_a_noun_naming_the_persons_sex_is_sex_and_gives_one_finding(text: str) -> None:
    found = rules(text, "en")
    assert "sex-requirement" in found and "gendered-wording-fr" not in found


@pytest.mark.parametrize("text", [
    "Delivery drivers needed for weekend rounds.", "Our team: men and women who love fashion.",
    "A man (or woman) to run the night shift.", "We partner with Girls Who Code.", "Tank of 5 gal capacity.",
    "Service men and women veterans are welcome.", "Hire a woman for this role?",
])
def test_neutral_nouns_doublets_and_names_pass(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text, "en")


# --- English: explicit sex preferences in other words

@pytest.mark.parametrize("text", [
    "Please note we don't hire women for this crew.", "The crew is hired only from experienced men.",
    "Only boys for the heavy lifting.", "Warehouse operative – male opportunity.",
    "Positions open:\n1. Drivers\n2. Female\n3. Cooks",
    "The ideal candidate will be a woman.", "Ideal for a mum returning to work.",
])
def test_explicit_sex_preferences_are_sex(text: str) -> None:
    assert "sex-requirement" in rules(text, "en")


@pytest.mark.parametrize("text", [
    "Not only women but everyone is welcome to apply.", "We are the only women-owned firm in town.",
    "Women's health clinic seeks a nurse practitioner.", "Ideal for men and women alike.",
    "We support women who want to return to work.", "Female role models in leadership.",
])
def test_statements_about_the_employer_or_everyone_pass(text: str) -> None:
    assert "sex-requirement" not in rules(text, "en")


def test_the_person_the_hire_reports_to_may_be_he_or_she() -> None:
    assert "gendered-wording-fr" not in rules("You will report to Sarah; she leads the team.", "en")
    assert "gendered-wording-fr" in rules("She will report to the store manager.", "en")


# --- the sex asked in other frames (second round): a vacancy for a man, "only accepting ... female", hiring
# "female" staff, a sex with an age, an origin with a sex, a list item that is only the sex

@pytest.mark.parametrize("text", [
    "There is a vacancy in the workshop for a girl who can sew.",
    "Only considering candidates who are male for this crew.",
    "We want to hire female drivers for the school run.",
    "Looking to recruit male models for a catalogue.",
    "Lady aged 40 to 55 for a quiet shop.",
    "We prefer Filipino girls for the front desk.",
    "Preferred male Malay for the night shift.",
    "Requirements: degree, male, 25-35, own car.",
    "Cook wanted\n- Male - experienced only",
    "Jobs:\n3. Female\n(training given)",
    "Tailor's shop, men over 30 only.",
])
def test_other_frames_of_one_sex_are_sex(text: str) -> None:
    assert "sex-requirement" in rules(text, "en")


@pytest.mark.parametrize("text", [
    "Only considering candidates who are male or female nurses with a licence.",  # both sexes
    "A job for a man or a woman who likes numbers.",
    "We hire female and male staff on equal terms.",
    "Our customers are mostly women aged 40 to 60.",  # the customers
    "Applicants: female, male or non-binary are all welcome.",
    "Female / Male toilets are on the first floor.",
])
def test_both_sexes_or_the_people_served_pass(text: str) -> None:
    assert "sex-requirement" not in rules(text, "en")


@pytest.mark.parametrize("text", [
    "Boulangerie cherche une fille sérieuse, souriante pour le samedi.",
    "Famille recherche un garçon costaud ayant le permis.",
    "La jeune femme retenue assurera l'accueil du public.",
    "Le monsieur recruté travaillera de nuit.",
])
def test_a_girl_or_a_lady_described_or_named_as_the_hire_is_sex(text: str) -> None:
    assert "sex-requirement" in rules(text)


@pytest.mark.parametrize("text", [
    "Une jeune femme de notre équipe vous accueillera.",  # a colleague
    "La dame de la boutique vous accueillera à l'entretien.",  # no future duty of the hire: "accueillera" is not in the frame
    "Le personnel recruté travaillera de nuit.",
])
def test_both_sexes_or_a_neutral_hire_pass(text: str) -> None:
    assert "sex-requirement" not in rules(text)


# --- one-gender wording: the post named by a feminine job noun, counted feminine nouns

@pytest.mark.parametrize("text, lang", [
    ("Nous proposons un poste de vendeuse à temps partiel.", "fr"),
    ("Emploi de serveuse pour la saison d'été.", "fr"),
    ("Deux coiffeuses pour un salon en centre-ville", "fr"),
])
def test_the_post_named_in_one_gender_is_gendered_wording(text: str, lang: str) -> None:
    assert "gendered-wording-fr" in rules(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Nous proposons un poste de vendeur / vendeuse à temps partiel.", "fr"),
    ("Poste de serveur ou serveuse (H/F) pour la saison.", "fr"),
    ("Le métier d'assistante maternelle vous attire ?", "fr"),  # a trade, not the post
    ("Vous conseillerez des vendeuses en boutique.", "fr"),  # people the job deals with
    ("Our best cook is a woman; clerks report to her.", "en"),
])
def test_both_forms_a_trade_or_people_dealt_with_pass(text: str, lang: str) -> None:
    assert "gendered-wording-fr" not in rules(text, lang)


# --- titles: a masculine noun in a longer title, after an épicène noun, and a statutory grade

@pytest.mark.parametrize("title", [
    "Agent polyvalent des services techniques et des espaces verts communaux",
    "Responsable de site et technicien de maintenance itinérant",
])
def test_a_masculine_noun_in_a_long_title_or_after_an_epicene_one_is_title_gender(title: str) -> None:
    assert "job-noun-one-gender" in rules(title)


@pytest.mark.parametrize("text", [
    "Agent polyvalent des services techniques (H/F)",
    "Grades :\nInfirmière de classe supérieure",
    "Grades :\nAuxiliaire de puériculture principale de 2e classe",
])
def test_h_f_or_a_statutory_grade_pass(text: str) -> None:
    assert "job-noun-one-gender" not in rules(text)


# --- telegraphic French without article, the post said to suit one sex, "présence masculine"; English "suits a
# woman", "gentleman required", a sex after up to two words ("seeking mature woman")

@pytest.mark.parametrize("text, lang", [
    ("Cherche jeune fille au pair, sérieuse et patiente.", "fr"),
    ("Recrute jeunes filles pour le vestiaire du club.", "fr"),
    ("Recherche Mlle pour tenir la caisse le dimanche.", "fr"),
    ("Ce poste serait idéal pour une femme.", "fr"),
    ("Une présence féminine est souhaitée au comptoir.", "fr"),
    ("De préférence un jeune homme.", "fr"),
    ("The night porter job suits a man.", "en"),
    ("Gentleman required to drive the minibus.", "en"),
    ("Seeking reliable woman for the laundry.", "en"),
])
def test_telegraphic_and_suitability_frames_are_sex(text: str, lang: str) -> None:
    assert "sex-requirement" in rules(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Recherche femme ou homme de ménage pour nos bureaux.", "fr"),
    ("Cherche homme/femme pour l'entretien des espaces verts.", "fr"),
    ("Recherche femme de chambre pour l'hôtel.", "fr"),  # the trade: the title rules' business
    ("Drivers wanted, male or female.", "en"),
    ("We need more women in engineering.", "en"),
    ("Looking for experienced men and women.", "en"),
])
def test_both_sexes_a_trade_or_an_encouragement_are_no_sex_requirement(text: str, lang: str) -> None:
    assert "sex-requirement" not in rules(text, lang)


def test_a_trade_of_all_work_and_a_feminine_noun_line_ending_with_a_stop_are_one_gender() -> None:
    assert "job-sought-one-gender" in rules("Cherche homme à tout faire.")
    assert "job-noun-one-gender" in rules("Vendeuse, motivée et ponctuelle.")
    assert "job-noun-one-gender" not in rules("Vendeur / vendeuse, motivé(e) et ponctuel(le).")


# --- a line opening with a feminine job noun in the plural, a line opening with a girl or a woman described

@pytest.mark.parametrize("text", ["Coiffeuses pour un salon de quartier.", "Livreuses", "Infirmières de nuit."])
def test_a_line_of_feminine_job_nouns_in_the_plural_is_one_gender(text: str) -> None:
    assert "job-noun-one-gender" in rules(text)


def test_a_line_of_both_forms_in_the_plural_passes() -> None:
    assert "job-noun-one-gender" not in rules("Coiffeurs / coiffeuses pour un salon de quartier.")


@pytest.mark.parametrize("text", ["Jeune homme costaud pour déménagements.", "Dames sérieuses pour repassage à domicile."])
def test_a_line_opening_with_a_person_of_one_sex_described_is_sex(text: str) -> None:
    assert "sex-requirement" in rules(text)


@pytest.mark.parametrize("text", ["Hommes et femmes pour les vendanges.", "Femmes enceintes qui travaillent : vos droits."])
def test_both_sexes_or_people_described_pass(text: str) -> None:
    assert "sex-requirement" not in rules(text)


# --- one sex turned away by a negated recruiting verb; a line opening with one sex and a person noun;
# a boy preferred; the candidate's own things named with "his"

@pytest.mark.parametrize("text, lang", [
    ("Attention : nous ne prenons pas de femmes sur ce chantier.", "fr"),
    ("Le magasin n'embauche aucun homme pour la caisse.", "fr"),
    ("Nous n'acceptons plus de candidates pour l'atelier.", "fr"),
    ("Male Security Guards\nNight shifts at the depot.", "en"),
    ("Female bar staff for the weekend.", "en"),
    ("Energetic female student type to help at the stall.", "en"),
    ("Garden centre helper, preferably a boy.", "en"),
    ("Looking for two boys to sort the deliveries.", "en"),
])
def test_a_refusal_a_sex_line_and_a_boy_preferred_are_sex(text: str, lang: str) -> None:
    assert "sex-requirement" in rules(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Nous n'acceptons aucune candidature incomplète.", "fr"),
    ("Nous ne prenons pas de stagiaires cet été.", "fr"),
    ("Le club n'accepte pas de femmes ni d'hommes de moins de 18 ans dans la salle.", "fr"),
    ("Male and female applicants are welcome.", "en"),
    ("Female founders network: our partners.", "en"),
    ("Our female engineers mentor the new hires.", "en"),
    ("Male grooming products sell well in this store.", "en"),
    ("The youth club welcomes boys and girls.", "en"),
])
def test_other_refusals_both_sexes_and_programmes_are_no_sex_requirement(text: str, lang: str) -> None:
    assert "sex-requirement" not in rules(text, lang)


def test_the_candidates_own_phone_or_licence_named_with_his_is_gendered_wording() -> None:
    assert "gendered-wording-fr" in rules("The driver must keep his licence clean.", "en")
    assert "gendered-wording-fr" not in rules("The driver must keep his or her licence clean.", "en")
    assert "gendered-wording-fr" not in rules("You must keep your phone switched off on the shop floor.", "en")


# --- « demande » as a recruiting verb, with an adjective before the noun; a woman of all work; a title line of two
# masculine nouns joined by a slash, followed by other lines

@pytest.mark.parametrize("text", [
    "Pharmacie demande une excellente préparatrice pour l'été.",
    "L'atelier demande des couturières pour la saison.",
])
def test_demande_with_a_feminine_job_noun_is_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)


def test_demande_as_a_noun_or_with_both_forms_passes() -> None:
    assert "gendered-wording-fr" not in rules("La demande des vendeuses du rayon est transmise au siège.")
    assert "gendered-wording-fr" not in rules("On demande un ou une préparateur / préparatrice pour l'été.")


@pytest.mark.parametrize("text", ["Famille demande bonne à tout faire, logée.", "Cherche femme de chambre pour la saison."])
def test_a_woman_of_all_work_asked_without_article_is_one_gender(text: str) -> None:
    assert "job-sought-one-gender" in rules(text)


@pytest.mark.parametrize("title", [
    "Maçon/coffreur pour chantier de logements\nPubliée le 03/03/2026",
    "Électricien ou câbleur\nContrat de six mois",
])
def test_a_title_of_two_masculine_nouns_over_other_lines_is_title_gender(title: str) -> None:
    assert "job-noun-one-gender" in rules(title)


@pytest.mark.parametrize("title", [
    "Vendeur/vendeuse pour notre magasin\nPubliée le 03/03/2026",
    "Maçon/coffreur H/F\nPubliée le 03/03/2026",
    "Technicien / technicienne de maintenance\nCDI",
])
def test_a_doubled_or_marked_title_over_other_lines_passes(title: str) -> None:
    assert "job-noun-one-gender" not in rules(title)


# --- English: one sex before nouns joined by '&', a paper's column for one sex, "wench", a sex in brackets, a person
# of one sex sought and then described

@pytest.mark.parametrize("text", [
    "We need female kitchen & bar staff for the summer.",
    "Male Interest\nWAREHOUSE CLERKS . . . $9,000",
    "Delivery driver (male-local preferred).",
    "We are looking for a woman who can start on Monday.",
])
def test_more_frames_of_one_sex_are_sex(text: str) -> None:
    assert "sex-requirement" in rules(text, "en")


@pytest.mark.parametrize("text", [
    "We need male & female staff for the summer.",
    "Delivery driver (male or female) for the weekend.",
    "Our founder is a woman who started the shop in 1998.",
])
def test_both_sexes_or_a_person_described_pass(text: str) -> None:
    assert "sex-requirement" not in rules(text, "en")


def test_a_tavern_wench_is_gendered_wording() -> None:
    assert "gendered-wording-fr" in rules("Tavern wench wanted for the medieval fair.", "en")
