"""Frames that find a criterion of L1132-1 asked of the candidate (origin, nationality, residence, disability,
health, appearance, religion, age), each with lawful sentences that must stay silent. The sentences are written
for these tests, not taken from the real corpus."""

from __future__ import annotations

from functools import partial

import pytest
from conftest import categories as reported

from rolegen.adcheck import check

categories = partial(reported, country="fr")
"""The categories reported at error or warning level, for a job in France unless told."""


@pytest.mark.parametrize(("text", "lang", "category"), [
    # origin: skin colour, an origin named as wanted, an exclusion
    ("Hostesses: light-skinned applicants for the stand.", "en", "origin"),
    ("Receptionist of Asian descent for our front desk.", "en", "origin"),
    ("Nordic staff preferred for this campaign.", "en", "origin"),
    ("We need Western teachers for the academy.", "en", "origin"),
    ("Dark-skinned Europeans need not apply.", "en", "origin"),
    ("We do not hire Africans for the front office.", "en", "origin"),
    ("Applicants must be UK-born.", "en", "origin"),
    ("Hiring Latina girls for the bar.", "en", "origin"),
    # nationality: an exclusion, a preference, being of a nationality, pass holders
    ("Cleaners wanted, no Nigerians.", "en", "nationality"),
    ("Pakistanis are not considered for this post.", "en", "nationality"),
    ("Being Australian is a real advantage here.", "en", "nationality"),
    ("Canadian applicants will not be considered.", "en", "nationality"),
    ("Open to permanent residents from Canada.", "en", "nationality"),
    ("Student Pass / Work Permit holders only.", "en", "nationality"),
    ("Nous recrutons des Polonais pour la saison.", "fr", "nationality"),
    ("Belge et domicilié en Wallonie.", "fr", "nationality"),
    ("Inscription sur les listes électorales demandée.", "fr", "nationality"),
    # place of residence: a residence required or preferred, a commuting radius, cross-border workers refused
    ("Domicile dans le département de l'Ain exigé.", "fr", "place-of-residence"),
    ("Candidate habitant à Rennes de préférence.", "fr", "place-of-residence"),
    ("Il est indispensable d'habiter à moins de 20 minutes du dépôt.", "fr", "place-of-residence"),
    ("Adresse dans la commune de Vannes.", "fr", "place-of-residence"),
    ("Frontaliers non acceptés.", "fr", "place-of-residence"),
    ("Applicants should reside within the borough.", "en", "place-of-residence"),
    ("You must be located near Leeds to apply.", "en", "place-of-residence"),
    ("Being a resident of Ontario for three years is required.", "en", "place-of-residence"),
    # disability: a post reserved to disabled people
    ("Contrat réservé aux travailleurs bénéficiant de la RQTH.", "fr", "disability"),
    ("Candidat reconnu travailleur handicapé uniquement.", "fr", "disability"),
    ("Nous recrutons des personnes handicapées pour ce poste.", "fr", "disability"),
    # health: the absence of a condition asked of the candidate
    ("Vous ne devez pas souffrir d'allergies aux pollens.", "fr", "health"),
    ("Pas d'asthme : travail en atelier de peinture.", "fr", "health"),
    ("Candidates must not have any back problems.", "en", "health"),
    # physical appearance: looks and body
    ("Physically attractive hosts for the launch.", "en", "physical-appearance"),
    ("Young and gorgeous promoters wanted.", "en", "physical-appearance"),
    ("Pretty or petite dancers only.", "en", "physical-appearance"),
    ("Models with green eyes and blonde hair.", "en", "physical-appearance"),
    ("Toned physique and minimum height.", "en", "physical-appearance"),
    ("Serveuse, élégance et beauté exigées.", "fr", "physical-appearance"),
    ("Poitrine généreuse appréciée.", "fr", "physical-appearance"),
    # religion: the veil refused
    ("Assistante non voilée.", "fr", "religion"),
    ("Candidates voilées s'abstenir.", "fr", "religion"),
    # age: a mature person wanted
    ("Mature women preferred for the boutique.", "en", "age"),
    # nationality: the peoples of the French list named in English too (Congolese, Ivorian, Cameroonian...)
    ("Warehouse lead, Kinshasa. Congolese nationals not eligible.", "en", "nationality"),
    ("We only hire Ivorians for the Abidjan desk.", "en", "nationality"),
    ("Sales agents, no Zimbabweans please.", "en", "nationality"),
    ("Driver: must be a South African citizen.", "en", "nationality"),
    # appearance: a hair colour given to the person sought, after the job noun
    ("Hôtesses souriantes et blondes pour notre stand.", "fr", "physical-appearance"),
    ("Serveuse blonde pour bar de plage.", "fr", "physical-appearance"),
    # sex: a plural of one sex opening a line with what they are for; an ad addressed to one sex
    ("Des filles qui aiment le contact, pour notre boutique.", "fr", "sex"),
    ("Messieurs, ce poste est fait pour vous !", "fr", "sex"),
    ("Ladies, this job is for you: front desk, 3 days a week.", "en", "sex"),
])
def test_a_criterion_asked_of_the_candidate_is_found(text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), [
    # a priority at equal qualifications is the wording the Défenseur des droits proposes
    ("À compétences et qualifications égales, la priorité est donnée au candidat reconnu travailleur handicapé.",
     "fr", "disability"),
    ("Ce poste est ouvert aux personnes en situation de handicap.", "fr", "disability"),
    # a physical demand stated with the tasks it comes from describes the job
    ("Bonne endurance physique (port de charges, station debout prolongée).", "fr", "health"),
    # the workplace, not where the candidate lives
    ("Poste basé à Annecy, domicile-travail pris en charge à 50 %.", "fr", "place-of-residence"),
    ("The role is based in Leeds; relocation support is offered.", "en", "place-of-residence"),
    # a language the job needs, a hair salon's work, the brand's products
    ("Nous recherchons des anglais courant et espagnol.", "fr", "nationality"),
    ("Experience colouring blonde hair and balayage.", "en", "physical-appearance"),
    ("Our products are designed for dark skin and sensitive skin.", "en", "origin"),
    # an attractive package is not a person's looks; a skill is not an age
    ("Attractive salary and an attractive bonus scheme.", "en", "physical-appearance"),
    ("Being fluent in German is an advantage.", "en", "nationality"),
    # a market or a company named with a people's adjective is not a person
    ("You will grow our Cameroonian and Ivorian markets from Paris.", "en", "nationality"),
    ("Experience with Congolese mining regulations is a plus.", "en", "nationality"),
    # a blond product or wood, a cook's roux; both sexes together; the people an employer serves; a salutation
    ("Vendeur rayon tabac blond et brun.", "fr", "physical-appearance"),
    ("Menuisier, travail du bois blond et du chêne.", "fr", "physical-appearance"),
    ("Cuisinier maîtrisant le roux et les fonds.", "fr", "physical-appearance"),
    ("Des femmes et des hommes qui aiment le contact.", "fr", "sex"),
    ("Nous accompagnons des femmes qui reprennent un emploi.", "fr", "sex"),
    ("Mesdames, Messieurs, nous recrutons un comptable (H/F).", "fr", "sex"),
    ("Ladies and gentlemen, this role is open to all.", "en", "sex"),
])
def test_lawful_uses_of_the_same_words_are_not_findings(text: str, lang: str, category: str) -> None:
    assert category not in categories(text, lang)


def test_the_frames_hold_for_jobs_abroad() -> None:
    report = check("Receptionist, Filipinos only, fair-skinned.", lang="en", fragment=True, country="ae")
    assert {"nationality", "origin"} <= {f.category for f in report.findings if f.severity != "notice"}


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("Vendeuse, pas de Maghrébines.", "fr", "origin"),
    ("Hôtesses européennes de préférence.", "fr", "origin"),
    ("Profil BBR exigé par le client.", "fr", "origin"),
    # a code word in capitals after a job noun is the code, not an acronym of a name
    ("Magasin de bricolage\nRecherche vendeur BBR pour le rayon jardin.", "fr", "origin"),
    ("Nous recrutons un serveur BBR pour notre brasserie.", "fr", "origin"),
    ("Serveurs de type scandinave pour le salon.", "fr", "origin"),
    ("No people of colour for this role.", "en", "origin"),
    ("White British applicants only.", "en", "origin"),
    ("Formateur anglophone de naissance.", "fr", "language"),
    ("English must be your first language.", "en", "language"),
    ("Your first language must be French.", "en", "language"),
    ("Poste ouvert uniquement aux personnes reconnues RQTH.", "fr", "disability"),
    ("Weight proportional to height.", "en", "physical-appearance"),
    ("Smart-looking receptionist.", "en", "physical-appearance"),
])
def test_more_frames_of_origin_language_disability_and_appearance(text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("Langue arabe exigée pour nos clients du Golfe.", "fr", "origin"),
    ("Maîtrise du chinois à l'écrit.", "fr", "origin"),
    ("Bilingue anglais, niveau C1 ou langue maternelle.", "fr", "language"),
])
def test_a_language_the_job_needs_is_not_an_origin(text: str, lang: str, category: str) -> None:
    assert category not in categories(text, lang)


def test_a_mother_tongue_requirement_is_not_read_as_nationality() -> None:
    assert categories("Your first language must be French.", "en") == {"language"}


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("Candidat de parents français, né en France.", "fr", "origin"),
    ("Expérience canadienne exigée.", "fr", "origin"),
    ("Canadian experience required for this clerk post.", "en", "origin"),
    ("GCC nationals preferred for the cashier role.", "en", "nationality"),
    ("Carte d'identité française à présenter.", "fr", "nationality"),
    ("This post is not suitable for people in wheelchairs.", "en", "disability"),
    ("We do not hire people with disabilities on the shop floor.", "en", "disability"),
    ("Poste inadapté aux personnes à mobilité réduite.", "fr", "disability"),
    ("Warehouse operatives must speak Lithuanian.", "en", "language"),
    ("Romanian-speakers only.", "en", "language"),
    ("Pleasant personality and good appearance.", "en", "physical-appearance"),
    ("Hôtesse, grande taille exigée.", "fr", "physical-appearance"),
    ("Trajet domicile-travail de 15 km maximum.", "fr", "place-of-residence"),
])
def test_frames_of_birth_experience_abroad_disability_language_and_distance(text: str, lang: str,
                                                                           category: str) -> None:
    assert category in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("You will speak Polish with our customers in Warsaw.", "en", "language"),
    ("Sales assistant in Dubai, must speak Arabic.", "en", "language"),  # the local language is a skill
    ("Entreprise de grande taille, 3 000 salariés.", "fr", "physical-appearance"),
    ("Indemnité kilométrique pour le trajet domicile-travail.", "fr", "place-of-residence"),
])
def test_the_same_words_used_lawfully_stay_silent(text: str, lang: str, category: str) -> None:
    assert category not in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("Travailleurs handicapés uniquement.", "fr", "disability"),
    ("Poste confié aux seuls candidats reconnus RQTH.", "fr", "disability"),
    ("Hôtesse mince et élégante.", "fr", "physical-appearance"),
    ("Vendeuse aux yeux clairs.", "fr", "physical-appearance"),
])
def test_reserved_posts_and_looks_in_french(text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang)


def test_a_large_and_elegant_shop_is_not_a_person() -> None:
    assert "physical-appearance" not in categories("Magasin spacieux et lumineux, vitrine élégante.", "fr")


@pytest.mark.parametrize(("text", "lang", "category"), [
    # misleading: an earnings promise with its bait (home, spare time, no experience), vague big sums, fees, same-day pay
    ("Travail depuis chez vous, jusqu'à 600 € par semaine.", "fr", "misleading"),
    ("Entre 80 et 300 euros par jour, où que vous soyez.", "fr", "misleading"),
    ("Gagnez rapidement de l'argent avec notre méthode.", "fr", "misleading"),
    ("Toutes les commissions sont versées le jour même.", "fr", "misleading"),
    ("Make thousands of pounds from your own home.", "en", "misleading"),
    ("Earn extra cash from the comfort of your home.", "en", "misleading"),
    ("Work just 3 hours a day and earn like a manager.", "en", "misleading"),
    ("Earn 40,000 per month as a product tester.", "en", "misleading"),
    ("Driver wanted at Ksh 30,000 monthly. No experience needed.", "en", "misleading"),
    ("A small activation fee secures your place.", "en", "misleading"),
    # disability and health: a question about a disability or an illness, no disability of any kind
    ("Staff must have no physical or mental impairments.", "en", "disability"),
    ("Are you disabled? Answer before the interview.", "en", "disability"),
    ("Avez-vous un handicap ? Merci de le préciser.", "fr", "disability"),
    ("Have you ever suffered from depression?", "en", "health"),
    ("Souffrez-vous d'allergies ? Réponse obligatoire.", "fr", "health"),
    # age: a decade of life, a range after "ages" or "prefer", a maximum after "age"
    ("Early to mid 30s would be ideal.", "en", "age"),
    ("Applicants in the ages of 20-26.", "en", "age"),
    ("We prefer 19-24 for the night shift.", "en", "age"),
    ("Age: 35 years maximum.", "en", "age"),
    ("Âge : 45 ans maximum.", "fr", "age"),
    ("Teenagers wanted for the summer season.", "en", "age"),
    # origin: a two-part origin before a person, minorities turned away, an ethnic or regional group preferred
    ("Seeking a Chinese-American lady for the desk.", "en", "origin"),
    ("Ethnic minorities need not apply.", "en", "origin"),
    ("Cook, preferably Malayali, for a villa.", "en", "origin"),
    ("Malay preferred for this counter role.", "en", "origin"),
    ("Hôtesses blanches uniquement.", "fr", "origin"),
    # nationality: a nationality preferred, a list of nationalities required, a nationality listed after the sex
    ("Housekeeper, preferably Indonesian.", "en", "nationality"),
    ("Nepali/Bangladeshi, required for the site.", "en", "nationality"),
    ("Sales clerk, male, Egyptian, 25 to 35.", "en", "nationality"),
    # family situation: a father's or husband's visa, being single, a single person sought
    ("Secretary, must be on husband's visa.", "en", "family-situation"),
    ("The nanny must be unmarried.", "en", "family-situation"),
    ("Single lady preferred for the live-in post.", "en", "family-situation"),
    # physical appearance: looks in the superlative, height and weight asked
    ("We want very good-looking bar staff.", "en", "physical-appearance"),
    ("Please state your height and weight in your email.", "en", "physical-appearance"),
    ("Indiquez votre taille et votre poids dans le courrier.", "fr", "physical-appearance"),
    # political opinions: the candidate's stance asked
    ("Tell us your views on immigration in your cover letter.", "en", "political-opinions"),
    ("Vous êtes pour le nucléaire et contre les éoliennes.", "fr", "political-opinions"),
    # an age turned away with "need not apply", a floor written "not less than", fitting a young team
    ("Sales assistants: anyone over 45 need not apply.", "en", "age"),
    ("Warehouse pickers, applicants above 50 years old should not apply.", "en", "age"),
    ("Mature age need not apply for the cashier post.", "en", "age"),
    ("Applicants shall be not less than 30 years of age.", "en", "age"),
    ("You will blend into our youthful sales crew.", "en", "age"),
    # origin codes of temping agencies, an origin excluded, a looks requirement, height in feet and inches
    ("Hôtes d'accueil pour le salon : profils BBB svp.", "fr", "origin"),
    ("Standardiste pour notre agence, pas d'Asiatiques.", "fr", "origin"),
    ("Serveuse pour le bar, hyper craquante.", "fr", "physical-appearance"),
    ("Door staff at least 6 ft 1 in.", "en", "physical-appearance"),
    ("Promoters over 5'7\" for the tasting stand.", "en", "physical-appearance"),
    # pay history asked as a question
    ("On the form: how much did you earn in your previous post?", "en", "pay-history"),
])
def test_frames_of_the_criteria_misleading_claims_and_questions(text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), [
    # pay and leave stated plainly, a salary paid on a fixed day, a training fee the employer pays
    ("Salaire de 2 100 € brut par mois, versé le 5 de chaque mois.", "fr", "misleading"),
    ("Les salaires sont payés le dernier jour du mois.", "fr", "misleading"),
    ("You earn 2.08 days of paid leave per month.", "en", "misleading"),
    ("Make a difference from your home office in Leeds.", "en", "misleading"),
    ("Training fee is covered by the company.", "en", "misleading"),
    # equal-opportunity wording and the employer's accommodation offer
    ("Qualified applicants with or without disabilities are encouraged to apply.", "en", "disability"),
    ("Do you have a disability that requires an adjustment to the interview?", "en", "disability"),
    # languages the job needs, a team described, a single point of contact, views on the product
    ("Preferably French speaking, English required.", "en", "nationality"),
    ("English/French required for the client calls.", "en", "nationality"),
    ("Join a young/dynamic working environment.", "en", "age"),
    ("You will be the single point of contact for suppliers.", "en", "family-situation"),
    ("Share your views on the product roadmap.", "en", "political-opinions"),
    ("A very attractive salary and an extremely attractive package.", "en", "physical-appearance"),
    # durations, legal minimum ages and the employer's own team are no age
    ("We have been trading for over 30 years, and we keep growing.", "en", "age"),
    ("Bartenders must be not less than 18 years of age (licensing law).", "en", "age"),
    ("Join our young, fun-loving and close-knit team in Leeds.", "en", "age"),
    # the children or young people a service takes in
    ("Animatrice au multi-accueil (enfants de 3 mois à 3 ans).", "fr", "age"),
    ("Éducateur spécialisé, section 12-16 ans, internat de Brest.", "fr", "age"),
    ("La mairie recrute pour son pôle enfance-jeunesse un directeur d'accueil de loisirs.", "fr", "age"),
    # an openness statement, and the people an association takes in, are no refusal of disabled people
    ("Emploi ouvert aux personnes en situation de handicap, comme tous nos postes.", "fr", "disability"),
    ("Notre fondation a pour vocation d'accueillir plus de 500 adultes en situation de handicap.", "fr",
     "disability"),
    # a legal medical check and the civil service's fitness condition
    ("Aptitude médicale vérifiée par un médecin agréé avant la nomination.", "fr", "health"),
    ("Remplir les conditions d'aptitude physique requises pour l'exercice des fonctions de sapeur.", "fr",
     "health"),
    # a credit rating, a word in capitals inside a product name, a cute shop
    ("Analyste crédit : portefeuille d'émetteurs notés BBB et au-delà.", "fr", "origin"),
    ("Vendeuse pour une boutique super mignonne du centre-ville.", "fr", "physical-appearance"),
    # a distance, not a height
    ("Drivers cover at least 5 miles per shift.", "en", "physical-appearance"),
])
def test_lawful_sentences_with_the_criteria_words_stay_silent(text: str, lang: str, category: str) -> None:
    assert category not in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), [
    # a refusal said as "cannot apply" / "ne peuvent pas postuler", even after words that usually name the people served
    ("Disabled applicants cannot apply for this role.", "en", "disability"),
    ("Les personnes en fauteuil ne peuvent pas postuler.", "fr", "disability"),
    ("Smokers may not apply.", "en", "health"),
    # a disability or a condition excluded in other words
    ("No wheelchair users on this site.", "en", "disability"),
    ("The driver must not be disabled.", "en", "disability"),
    ("Aucune contre-indication médicale.", "fr", "disability"),
    ("Poste réservé aux bénéficiaires de l'obligation d'emploi.", "fr", "disability"),
    ("Staff free from any illness.", "en", "health"),
    # fees and envelope work
    ("Candidates must pay a $40 fee before the interview.", "en", "misleading"),
    ("You must pay for your own uniform before the first shift.", "en", "misleading"),
    ("Une participation de 25 € est demandée pour le dossier.", "fr", "misleading"),
    ("Mise sous pli à domicile, 0,50 € par enveloppe.", "fr", "misleading"),
    # origin, religion and residence in French
    ("Nous cherchons un homme blanc pour le rôle de vigile.", "fr", "origin"),
    ("Pas de candidates voilées.", "fr", "religion"),
    ("Résider à Annecy impératif.", "fr", "place-of-residence"),
])
def test_refusals_fees_and_french_frames(text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("Vendeur blanc et brun (électroménager, TV-hifi).", "fr", "origin"),
    ("Moniteur de voile pour l'été, permis bateau souhaité.", "fr", "religion"),
    ("The company will pay for your training and your uniform.", "en", "misleading"),
    ("Nous accompagnons des personnes en situation de handicap vers l'emploi.", "fr", "disability"),
    ("Poste basé à Annecy, télétravail possible.", "fr", "place-of-residence"),
])
def test_the_same_words_in_lawful_sentences(text: str, lang: str, category: str) -> None:
    assert category not in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), [
    # a post reserved to disabled workers, with the plural noun after the reservation
    ("Poste réservé aux travailleurs handicapés.", "fr", "disability"),
    ("Emploi ouvert uniquement aux personnes handicapées.", "fr", "disability"),
    ("Contrat réservé RQTH.", "fr", "disability"),
    ("Handicap non compatible avec les missions.", "fr", "disability"),
    ("This work would not suit a wheelchair user.", "en", "disability"),
    ("We are unable to accommodate wheelchair users.", "en", "disability"),
    ("Not suitable for people with asthma.", "en", "health"),
    # promises, stamps and deposits
    ("Revenus complémentaires très importants.", "fr", "misleading"),
    ("Jusqu'à 3 500 euros net par mois sans expérience.", "fr", "misleading"),
    ("Envoyez une enveloppe timbrée pour recevoir la documentation.", "fr", "misleading"),
    ("Vous devrez verser une caution avant de commencer.", "fr", "misleading"),
    ("Applicants will be charged for the assessment.", "en", "misleading"),
    ("Make money quickly with our scheme.", "en", "misleading"),
    ("Ring 0909 123 4567 to book an interview.", "en", "misleading"),
])
def test_reserved_posts_plural_nouns_and_more_scam_wordings(text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("Vous accueillerez des travailleurs handicapés en ESAT.", "fr", "disability"),
    ("Salaire fixe de 2 000 euros brut par mois, primes en plus.", "fr", "misleading"),
    ("Call 0207 123 4567 to book an interview.", "en", "misleading"),
    ("Gestion des cautions des locataires.", "fr", "misleading"),
])
def test_plain_pay_phone_numbers_and_tasks_stay_silent(text: str, lang: str, category: str) -> None:
    assert category not in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("Pas de personnes de couleur en salle.", "fr", "origin"),
    ("Accent africain s'abstenir.", "fr", "origin"),
    ("Native Europeans preferred for the concierge desk.", "en", "origin"),
    ("Assistante trilingue de naissance.", "fr", "language"),
    ("Hostess with flawless skin.", "en", "physical-appearance"),
    ("Vendeuse, silhouette mannequin.", "fr", "physical-appearance"),
])
def test_colour_accent_birth_language_skin_and_figure(text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("Native European languages are a plus: Spanish, Italian.", "en", "origin"),
    ("You will sell skin care for clear skin and sensitive skin.", "en", "physical-appearance"),
    ("Stand de défilé : habilleuse pour les mannequins.", "fr", "physical-appearance"),
])
def test_products_and_languages_are_not_people(text: str, lang: str, category: str) -> None:
    assert category not in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("Mother-tongue Italian speaker for the hotline.", "en", "language"),
    ("Dress size 10 or smaller.", "en", "physical-appearance"),
    ("Promoters who look great in swimwear.", "en", "physical-appearance"),
    ("Hôtesse jolie et mince.", "fr", "physical-appearance"),
    ("Poids proportionné à la taille.", "fr", "physical-appearance"),
])
def test_mother_tongue_sizes_and_figures(text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("You will coach native speakers of Spanish who learn English.", "en", "language"),
    ("Team size 10 or smaller, agile squads.", "en", "physical-appearance"),
    ("Une belle et grande boutique en centre-ville.", "fr", "physical-appearance"),
])
def test_speakers_taught_team_sizes_and_shops_stay_silent(text: str, lang: str, category: str) -> None:
    assert category not in categories(text, lang)


