"""What keeps the checker quiet on lawful ads, mechanism by mechanism, in French and English: the people a job
serves, both sexes or every gender named, an HR job's tasks about staff, the legal conditions of an insertion
contract, physical demands explained by the job, a career step of a pay grid, experience durations, pronouns of a
named third person; and the formal rules' reach: which dates are publication dates, which titles name one sex,
which English is a heading. Every pair holds a lawful sentence and one that must still be reported. The sentences are
written for these tests, not taken from the real corpus."""

from __future__ import annotations

import pytest
from conftest import categories


@pytest.mark.parametrize(("text", "lang", "category"), [
    # the people the job serves: pupils, young people followed, residents, patients
    ("Vous animerez des ateliers d'éveil pour des enfants de 6 à 10 ans.", "fr", "age"),
    ("Vous irez à la rencontre des jeunes de 16 à 25 ans sortis du système scolaire.", "fr", "age"),
    ("Vous croyez en chaque jeune, quel que soit son parcours.", "fr", "age"),
    ("Vous êtes l'interlocuteur de la résidence Foyer des Jeunes Travailleurs.", "fr", "age"),
    ("Vous encadrez un groupe de personnes vulnérables souffrant de troubles psychiques.", "fr", "disability"),
    ("Vous accompagnez des personnes âgées atteintes de maladies chroniques.", "fr", "health"),
    ("You will support young people aged 16 to 24 into their first job.", "en", "age"),
    ("Caring for children aged 3 to 5 in our nursery.", "en", "age"),
])
def test_the_people_a_job_serves_are_not_the_candidate(text: str, lang: str, category: str) -> None:
    assert category not in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("Nous recrutons des jeunes de 18 à 25 ans pour la saison.", "fr", "age"),
    ("Poste réservé aux jeunes de moins de 26 ans.", "fr", "age"),
    ("Les personnes atteintes de maladies chroniques ne conviennent pas à ce poste.", "fr", "health"),
    ("We are hiring young people aged 18 to 25 for the summer.", "en", "age"),
])
def test_a_criterion_asked_of_the_candidate_is_still_reported(text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang)


@pytest.mark.parametrize(("text", "lang", "category", "reported"), [
    # both sexes, every gender
    ("Nous recherchons des hommes / femmes de ménage pour nos clients particuliers.", "fr", "sex", False),
    ("Nous recherchons des hommes pour la manutention.", "fr", "sex", True),
    ("Ingénieur data - Femme/Homme/Non-binaire", "fr", "gender-identity", False),
    ("Data engineer (woman/man/non-binary)", "en", "gender-identity", False),
    ("Non-binary applicants will not be considered.", "en", "gender-identity", True),
    # the under-represented sex encouraged to apply, no one turned away; a priority or an exclusion is still reported
    ("Les candidatures féminines sont vivement encouragées pour ce poste de technicien.", "fr", "sex", False),
    ("Les candidatures féminines sont bienvenues en priorité.", "fr", "sex", True),
    ("Applications from women are particularly welcome in our engineering team.", "en", "sex", False),
    ("Male candidates only.", "en", "sex", True),
    # an HR job's tasks about staff
    ("Vous préparez les réunions avec les représentants du personnel.", "fr", "union-activity", False),
    ("Vous accompagnez les salariés dans les situations de maladie de longue durée.", "fr", "health", False),
    ("Pas de maladie de longue durée.", "fr", "health", True),
    # the legal conditions of an insertion contract
    ("Poste éligible au parcours emploi compétences : demandeur d'emploi de longue durée, bénéficiaire RSA.", "fr",
     "economic-vulnerability", False),
    ("Bénéficiaires du RSA s'abstenir.", "fr", "economic-vulnerability", True),
    # physical demands the ad explains by the job's conditions
    ("Endurance physique (port de charges, station debout prolongée).", "fr", "health", False),
    ("Endurance physique exigée.", "fr", "health", True),
    # a career step of a pay grid, experience durations
    ("Début de carrière : 1 950 euros brut ; après 10 ans : 2 350 euros brut.", "fr", "age", False),
    ("Idéalement en début de carrière.", "fr", "age", True),
    ("Une expérience réussie en gestion de la paie et des dossiers du personnel de 4 ans minimum.", "fr", "age", False),
    ("Âgé de 25 ans minimum.", "fr", "age", True),
    # the tasks of a job in a religious body
    ("L'association recrute son imam pour assurer la tenue des prières du vendredi.", "fr", "religion", False),
    ("Candidats de confession musulmane uniquement.", "fr", "religion", True),
    ("You will lead Sunday worship and weekly prayers for the parish.", "en", "religion", False),
    ("Christian applicants only.", "en", "religion", True),
    # the appearance asked next to the speech
    ("Excellente élocution et présentation.", "fr", "physical-appearance", True),
    # a form's field whose value says there is none, or names both sexes; a board's career level
    ("Nationality: Any Nationality", "en", "nationality", False),
    ("Nationalité : indifférente", "fr", "nationality", False),
    ("Nationality: Emirati", "en", "nationality", True),
    ("Gender: Male or Female", "en", "sex", False),
    ("Gender: Female", "en", "sex", True),
    ("Career Level: Mid Career", "en", "age", False),
    ("Ideal for a mid-career professional.", "en", "age", True),
    ("Open to fresh graduates and experienced engineers alike.", "en", "age", False),
    # a legal condition: civil service, security clearance
    ("Must be a US citizen and able to obtain a security clearance.", "en", "nationality", False),
    ("Must be a US citizen.", "en", "nationality", True),
    ("Nationalité française exigée (concours de la fonction publique).", "fr", "nationality", False),
    ("Nationalité française exigée.", "fr", "nationality", True),
    # a commute condition; a medical specialty; a child cared for
    ("Vous habitez à proximité ou êtes véhiculé.", "fr", "place-of-residence", False),
    ("Vous devez habiter à Lyon.", "fr", "place-of-residence", True),
    ("Clinique spécialisée en chirurgie de l'obésité.", "fr", "health", False),
    ("Bonne condition physique pour le port de charges jusqu'à 25 kg.", "fr", "health", False),
    ("Bonne condition physique exigée.", "fr", "health", True),
    ("Garde d'enfants à domicile (2 enfants de 4 et 7 ans).", "fr", "age", False),
    ("Nous recrutons 2 jeunes de 18 à 20 ans.", "fr", "age", True),
    # a legal age of majority; a language named with its article; the job's physical demands said of the job
    ("You must be at least 18 years old to apply.", "en", "age", False),
    ("Applicants must be under 30.", "en", "age", True),
    ("Maîtrise du français et de l'arabe exigée pour échanger avec nos clients.", "fr", "origin", False),
    ("Maîtrise du français et de l'arabe exigée pour échanger avec nos clients.", "fr", "language", False),
    ("Arabe exigé.", "fr", "origin", True),
    ("Le poste nécessite une bonne résistance physique.", "fr", "health", False),
    ("Vous devez être en bonne condition physique.", "fr", "health", True),
    ("You will teach English to children aged 6 to 12.", "en", "age", False),
    ("Open to young people aged 18 to 25 only.", "en", "age", True),
    # a religious festival as a schedule or a benefit; the chief executive's pronoun
    ("Ramadan working hours apply.", "en", "religion", False),
    ("Horaires aménagés pendant le ramadan.", "fr", "religion", False),
    ("Musulmans uniquement.", "fr", "religion", True),
    ("You will work closely with our Chief Executive, who sets the strategy; she will be your mentor.", "en",
     "gendered-wording", False),
    # a prayer room, customers a salesperson serves, an encouragement to apply, a native-or-equivalent level
    ("Prayer room and canteen on site.", "en", "religion", False),
    ("Salle de prière et cantine sur place.", "fr", "religion", False),
    ("You will sell to pregnant women and young mothers.", "en", "pregnancy", False),
    ("Pregnant women need not apply.", "en", "pregnancy", True),
    ("Emiratisation: UAE nationals are encouraged to apply.", "en", "nationality", False),
    ("Saudi nationals only.", "en", "nationality", True),
    ("French native speaker or equivalent.", "en", "language", False),
    ("Native French speaker required.", "en", "language", True),
    # an immediate start is no promise; a masculine participle in -éré is no feminine
    ("Embauche immédiate, poste à pourvoir dès lundi.", "fr", "misleading", False),
    ("Embauche garantie sans entretien.", "fr", "misleading", True),
    ("Vous êtes rémunéré à la commission et au fixe.", "fr", "gendered-wording", False),
    # employee networks; a pronoun whose clause calls the candidate "you"
    ("Employee resource groups for Black, Latinx, women and LGBTQ+ employees.", "en", "sexual-orientation", False),
    ("No LGBTQ+ applicants.", "en", "sexual-orientation", True),
    ("Reports to the VP of Engineering; he will support your growth.", "en", "gendered-wording", False),
    # legal conditions about minors and apprentices; the occupational doctor; "enceinte" the enclosure
    ("Travail de nuit : interdit aux moins de 18 ans.", "fr", "age", False),
    ("Pour un jeune de 16 à 29 ans en contrat d'apprentissage.", "fr", "age", False),
    ("Avoir moins de 30 ans.", "fr", "age", True),
    ("Visite médicale obligatoire avant la prise de poste (médecine du travail).", "fr", "health", False),
    ("Dossier médical vierge exigé.", "fr", "health", True),
    ("Vous travaillez en enceinte confinée (salle blanche).", "fr", "pregnancy", False),
    ("Femmes enceintes s'abstenir.", "fr", "pregnancy", True),
    ("Vous êtes garant de la bonne santé financière du magasin.", "fr", "economic-vulnerability", False),
    # a bookshop's children's section
    ("Vous conseillez les clients du rayon jeunesse et de la littérature jeunesse.", "fr", "age", False),
    ("Vous avez l'énergie de la jeunesse.", "fr", "age", True),
    # the job, not a fortune
    ("Une chance unique de devenir notre prochain boulanger.", "fr", "misleading", False),
    ("Une chance unique de gagner 5000 euros par semaine.", "fr", "misleading", True),
    # "recherche" the noun
    ("Notre service de recherche opérationnelle optimise les tournées.", "fr", "title-gender", False),
    # a job asked in one gender in a sentence is one-sex wording; as a title line, the title's form
    ("Recherche vendeuse pour boutique de prêt-à-porter.", "fr", "gendered-wording", True),
    ("Recherche vendeuse prêt-à-porter", "fr", "title-gender", True),
    # feminine adjectives that agree with a feminine noun; a named third person's pronoun
    ("De nature curieuse et rigoureuse, vous aimez apprendre.", "fr", "gendered-wording", False),
    ("Curieuse et rigoureuse, vous aimez apprendre.", "fr", "gendered-wording", True),
    ("You will work alongside an inventor with forty patents. He is known across the industry.", "en",
     "gendered-wording", False),
    ("The successful candidate will start in May. He will manage the team.", "en", "gendered-wording", True),
    # experience durations written "Expérience : N ans minimum" or with "expériences" in the plural
    ("Expérience : 4 ans minimum dans la vente de matériel agricole.", "fr", "age", False),
    ("Vous justifiez de plus de 8 ans d'expériences en gestion de chantier.", "fr", "age", False),
    ("Expérience souhaitée\nMoins de 2 ans\nType de contrat\nCDI", "fr", "age", False),
    ("Âge : 25 ans minimum.", "fr", "age", True),
    # the employer is young, not the candidate
    ("Rejoignez une jeune enseigne de décoration en plein essor.", "fr", "age", False),
    ("Vous êtes jeune et plein d'énergie.", "fr", "age", True),
    # a note that the ad's words hold for both genders
    ("Les termes de cette annonce valent aussi bien pour le genre féminin que masculin.", "fr", "sex", False),
    ("Profil : masculin.", "fr", "sex", True),
    # a nationality the ad ties to the law it cites
    ("Nationalité française requise conformément à l'IGI 1300 sur la protection du secret.", "fr", "nationality",
     False),
    ("Nationalité française exigée.", "fr", "nationality", True),
    # integrity as a value, not the body
    ("Vous agissez avec intégrité et transparence auprès des clients.", "fr", "disability", False),
    ("Intégrité physique exigée.", "fr", "disability", True),
    # payslips the employer hands out
    ("Contrats et fiches de paie dématérialisés sur votre espace en ligne.", "fr", "pay-history", False),
    ("Joignez vos trois derniers bulletins de salaire à votre candidature.", "fr", "pay-history", True),
    # a public service's conditions of access, set by law
    ("Conditions d'accès au concours de la police nationale : avoir entre 18 et 34 ans.", "fr", "age", False),
    ("Candidats de 18 à 34 ans uniquement.", "fr", "age", True),
    # a condominium's board is no trade union
    ("Vous animez les réunions du conseil syndical de chaque copropriété.", "fr", "union-activity", False),
    ("Syndiqués s'abstenir.", "fr", "union-activity", True),
    # the tenants' solvency a property manager checks
    ("Vous vérifiez la solvabilité des futurs locataires avant chaque bail.", "fr", "economic-vulnerability", False),
    ("Candidats solvables uniquement.", "fr", "economic-vulnerability", True),
    # a figure of speech with "vivre"
    ("Venez vivre au cœur de l'innovation avec nos équipes.", "fr", "place-of-residence", False),
    ("Vous devez vivre à Lyon depuis au moins deux ans.", "fr", "place-of-residence", True),
    # "natif" or "native" in a technology's name
    ("Stack : React Native, TypeScript et PostgreSQL.", "fr", "language", False),
    ("Vous développez en PHP natif et en Symfony.", "fr", "language", False),
    ("Anglais natif exigé.", "fr", "language", True),
    ("You will build our apps in React Native.", "en", "language", False),
    ("Native English speaker only.", "en", "language", True),
    # expenses and a guaranteed minimum pay are benefits, not a promise or a fee
    ("Participation aux frais kilométriques professionnels.", "fr", "misleading", False),
    ("Participation aux frais de dossier : 50 euros.", "fr", "misleading", True),
    ("Salaire minimum garanti de 2 300 euros brut, plus les commissions.", "fr", "misleading", False),
    ("Gagnez 6000 euros par mois garantis sans expérience.", "fr", "misleading", True),
    # "nombreux" is no name
    ("Vous profitez de nombreux avantages exclusifs réservés aux salariés.", "fr", "surname", False),
    ("Noms à consonance étrangère exclus.", "fr", "surname", True),
    # an employer who promises no judgement lists criteria it does not use
    ("Nous ne portons aucun jugement sur votre âge, votre origine ou votre religion.", "fr", "religion", False),
    ("No judgement about your age, religion or background: we hire for skills.", "en", "religion", False),
    ("Candidats de confession catholique uniquement.", "fr", "religion", True),
    # the people an employer cares for; taking children out of school is a childminder's task
    ("Notre fondation accueille chaque année 900 personnes, dont beaucoup en situation de handicap.", "fr",
     "disability", False),
    ("Handicapés s'abstenir.", "fr", "disability", True),
    ("Missions : garde des enfants, goûter, devoirs et sortie d'école.", "fr", "age", False),
    ("Profil sortie d'école uniquement.", "fr", "age", True),
    # a brand's or a school's year of birth, pupils a school takes in, a town's population, the employer's conviction
    ("Première enseigne du groupe née en 2008, elle incarne notre savoir-faire.", "fr", "age", False),
    ("Candidat né après 1995.", "fr", "age", True),
    ("Vous encadrez des collégiens (11-15 ans) pendant les séjours linguistiques.", "fr", "age", False),
    ("La communauté de communes dessert 12 communes et 48 000 habitants au quotidien.", "fr", "place-of-residence",
     False),
    ("Vous devez obligatoirement habiter à Lille.", "fr", "place-of-residence", True),
    ("Notre conviction : un bon service commence par une écoute attentive.", "fr", "religion", False),
    ("Conviction religieuse exigée.", "fr", "religion", True),
    # a head count, a stock or a weight is no age
    ("Our 12 plants employ over 45,000 people across Europe.", "en", "age", False),
    ("Able to carry a maximum of 40 lbs up a ladder.", "en", "age", False),
    ("Applicants must be under 40.", "en", "age", True),
    ("Candidates over 50 need not apply.", "en", "age", True),
    # an abbreviated equal-opportunity line and a mission for people of every background list criteria
    ("EEO/AA Employer: Women/Minorities/Veterans/Disabled/Sexual Orientation/Gender Identity", "en",
     "sexual-orientation", False),
    ("We believe people of every race and every age deserve good care.", "en", "origin", False),
    ("White applicants preferred.", "en", "origin", True),
    # the conditions a clinician treats, medical records as a tool, the health an employer promotes
    ("You will treat adults with a broad range of mental health conditions.", "en", "health", False),
    ("Two years of charting in an electronic health record required.", "en", "health", False),
    ("Our mission is to remove barriers to good health in rural areas.", "en", "health", False),
    ("Applicants with mental health conditions will not be considered.", "en", "health", True),
    # a faith-based employer described, the human race
    ("We are a faith-based, non-profit health system serving three counties.", "en", "religion", False),
    ("Practising Christians only.", "en", "religion", True),
    ("Software that helps the human race adapt to a warmer planet.", "en", "origin", False),
    # a promise not to use pay history
    ("Offers are never based on an applicant's salary history.", "en", "pay-history", False),
    ("Please state your current salary in your cover letter.", "en", "pay-history", True),
    # citizenship that a clearance or export rules require, with "U.S." and after "eligible to obtain"
    ("You must be eligible to obtain a secret clearance, which requires U.S. citizenship.", "en", "nationality",
     False),
    ("Under U.S. export regulations, the holder must be a U.S. citizen or permanent resident.", "en", "nationality",
     False),
    ("U.S. citizens only.", "en", "nationality", True),
    # how far the candidate lives from the job
    ("You live within a 20-minute drive of the depot.", "en", "place-of-residence", True),
    ("Residency within the school district is required.", "en", "place-of-residence", True),
    ("Our depot is a 20-minute drive from the station.", "en", "place-of-residence", False),
    # "practicing" a method, employee groups "for LGBTQ+ staff and allies", native speakers met at work, traffic
    ("We keep quality high by practicing trunk-based development.", "en", "religion", False),
    ("Practicing Muslims preferred.", "en", "religion", True),
    ("Clubs such as Rainbow Net (for LGBTQ+ staff and allies) meet every month.", "en", "sexual-orientation", False),
    ("No LGBTQ+ candidates.", "en", "sexual-orientation", True),
    ("Weekly lunches where you can practise your Spanish with native speakers.", "en", "language", False),
    ("Native Spanish speakers only.", "en", "language", True),
    ("The platform serves over 15 million visits a month.", "en", "age", False),
    ("It's hard to say what next year's roadmap will hold.", "en", "surname", False),
    ("Applicants with names that are hard to pronounce need not apply.", "en", "surname", True),
    # an employer's statement that its decisions are not "influenced or affected by" the criteria it lists
    ("Hiring decisions will not be influenced or affected by a candidate's religion, age, national origin or "
     "pregnancy.", "en", "religion", False),
    ("Our choices are not based on sex, age or religion.", "en", "age", False),
    ("We celebrate and value our people's differences in age, religion, ethnicity and sexual orientation.", "en",
     "sexual-orientation", False),
    ("Candidates must share our Christian faith.", "en", "religion", True),
    # the tasks of a job that deals with other people's health, pregnancy or tax papers
    ("We support people with serious mental or chronic illness and those who care for them.", "en", "health", False),
    ("Our clinic sees pregnant patients from the first trimester.", "en", "pregnancy", False),
    ("People with a chronic illness will not be considered.", "en", "health", True),
    ("Pregnant applicants will not be considered.", "en", "pregnancy", True),
    ("You will be preparing corporate and individual income tax returns.", "en", "pay-history", False),
    ("Please send your last two tax returns with your application.", "en", "pay-history", True),
    # a good-faith estimate; the exemptions a vaccination rule allows
    ("Pay shown is a good-faith estimate of the minimum base pay at posting time.", "en", "religion", False),
    ("Proof of vaccination is needed unless a religious or medical exemption is approved.", "en", "religion", False),
    ("Christian candidates preferred.", "en", "religion", True),
    # the cause of a fault, the payslips the employer sends, the people a residence takes in
    ("Vous recherchez les pannes d'origine électrique ou hydraulique sur les engins.", "fr", "origin", False),
    ("Candidats d'origine étrangère s'abstenir.", "fr", "origin", True),
    ("Vos bulletins de salaire sont entièrement dématérialisés dans notre application.", "fr", "pay-history", False),
    ("Merci de joindre vos trois derniers bulletins de salaire.", "fr", "pay-history", True),
    ("La résidence accueille des personnes autonomes de plus de 60 ans.", "fr", "age", False),
    ("Nous recrutons des personnes de plus de 60 ans.", "fr", "age", True),
    # a word in another sense: "natif" of software, a mutual insurer, practising a method, the size of a town,
    # "résider dans" said of a thing, juniors a senior mentors, the people a study is about
    ("Vous concevez des services cloud natifs et exploitez les fonctions natives du logiciel.", "fr", "language", False),
    ("Vous êtes natif en allemand.", "fr", "language", True),
    ("Anglais natif exigé.", "fr", "language", True),
    ("Notre groupe défend un modèle mutualiste depuis sa création.", "fr", "union-activity", False),
    ("Merci de préciser votre engagement mutualiste.", "fr", "union-activity", True),
    ("Organisée en équipes produit et pratiquant les méthodes agiles, la direction technique grandit.", "fr", "religion", False),
    ("Catholique pratiquant de préférence.", "fr", "religion", True),
    ("Le site est installé dans une ville de taille moyenne, au calme.", "fr", "physical-appearance", False),
    ("Taille minimale 1m75.", "fr", "physical-appearance", True),
    ("Les atouts de cette méthode résident dans sa simplicité.", "fr", "place-of-residence", False),
    ("Résident obligatoirement à Nantes.", "fr", "place-of-residence", True),
    ("Vous aimez transmettre et mentorer les plus jeunes.", "fr", "age", False),
    ("L'enquête porte sur un échantillon de personnes de 25 à 40 ans.", "fr", "age", False),
    ("Candidats de 25 à 40 ans uniquement.", "fr", "age", True),
    # three criteria or more listed by their names make a statement, whatever opens it, unless the list is a form's
    # fields or ends in a requirement
    ("Staff are protected from harassment based on race, colour, religion, gender identity, sexual orientation or "
     "disability.", "en", "sexual-orientation", False),
    ("Minorities/Women/Veterans/Disabled/Sexual Orientation", "en", "sexual-orientation", False),
    ("Hiring here ignores race; creed; national origin; marital status; jury duty; genetic information.", "en",
     "genetics", False),
    ("Our staff come from many racial, ethnic, religious and national origins.", "en", "origin", False),
    ("Nos équipes refusent toute décision fondée sur l'âge, le sexe, l'origine ou la religion.", "fr", "religion",
     False),
    ("Race, religion and nationality: Arab Muslims only.", "en", "religion", True),
    ("Gender: male, age: under 30, religion: Muslim.", "en", "religion", True),
    ("Âge, sexe et religion : homme catholique de moins de 30 ans exigé.", "fr", "age", True),
    # a number followed by a counted thing is no age; the age of majority is a legal condition
    ("Our catalogue holds over 25 brands.", "en", "age", False),
    ("Log a minimum of 40 patient contacts each month.", "en", "age", False),
    ("Must be under 30.", "en", "age", True),
    ("Must be 18 years of age with a valid driving licence.", "en", "age", False),
    ("We hire people who are at least 18 and hold a diploma.", "en", "age", False),
    ("Applicants aged 18 to 25 only.", "en", "age", True),
    # citizenship that a clearance needs, said in the next sentence; citizens or anyone authorised to work
    ("Must be a US citizen.\nMust hold an active TS/SCI clearance.", "en", "nationality", False),
    ("Only US citizens and anyone authorised to work in the US may apply.", "en", "nationality", False),
    ("Must be a US citizen.", "en", "nationality", True),
    # children and youth, young learners, youth programmes: the people served
    ("We run clubs for children and youth across the county.", "en", "age", False),
    ("Plan games for young learners in the reception class.", "en", "age", False),
    ("Experience in youth-focused programs is a plus.", "en", "age", False),
    ("Young candidates preferred.", "en", "age", True),
    # word senses: the health of plants or a country, a wellness benefit, a public vaccination order, a task's
    # physical demands; "slim" of things, a topic taught; a religious body's institutions and a discipline
    ("Inspectors protect the favourable plant health status of the country.", "en", "health", False),
    ("Benefits: dental cover and a robust health and wellness program.", "en", "health", False),
    ("Staff must be vaccinated against COVID-19 under the state's public health directive.", "en", "health", False),
    ("Physically able to lift 20 kg boxes from the floor.", "en", "health", False),
    ("Must be in robust health.", "en", "health", True),
    ("We work in the slim margin between cost and quality.", "en", "physical-appearance", False),
    ("Coach participants on interview skills, punctuality and personal appearance.", "en", "physical-appearance",
     False),
    ("Slim candidates preferred.", "en", "physical-appearance", True),
    ("Join our Lutheran hospital network in the valley.", "en", "religion", False),
    ("You will teach religious studies to year 9.", "en", "religion", False),
    ("Candidates must be practising Catholics.", "en", "religion", True),
    # a report easy to read, an unencumbered licence, a rating agency, a rate that depends on experience, fraudsters,
    # schoolgirls taught, a multi-ethnic class
    ("Build dashboards that are easy to read for managers.", "en", "surname", False),
    ("An active and unencumbered nursing licence.", "en", "family-situation", False),
    ("You will join a leading credit rating agency.", "en", "economic-vulnerability", False),
    ("Earn up to $28 per hour depending on experience.", "en", "misleading", False),
    ("Build systems that stop the bad guys.", "en", "gendered-wording", False),
    ("Mentor high school girls in robotics.", "en", "gendered-wording", False),
    ("Looking for guys to join our crew.", "en", "sex", True),
    ("Teach in a multi-ethnic, multi-racial classroom.", "en", "origin", False),
    # living near a place and an accent of some countries, asked
    ("Must live close to the depot.", "en", "place-of-residence", True),
    ("The depot is close to the ring road.", "en", "place-of-residence", False),
    ("A British or Irish accent is a must.", "en", "language", True),
    ("Callers reach us from every region, whatever their accent.", "en", "language", False),
    # a product's scope ends where the sentence asks the candidate to live or be somewhere
    ("Familiar with our apps and products, must reside within the city limits.", "en", "place-of-residence", True),
    ("Our apps serve young families across the region.", "en", "age", False),
    # three names of criteria or more in a row: a statement, whatever opens it
    ("Tous nos recrutements reposent sur les compétences : l'âge, le sexe, l'origine ou la religion n'y ont aucune "
     "place.", "fr", "religion", False),
    ("Employment decisions here rest on merit alone; race, color, religion, sex and national origin play no part.",
     "en", "religion", False),
    # an opening phrase whose list is separated by semicolons runs to the end of its sentence
    ("Applications are considered without regard to race; creed; domestic violence victim status; atypical blood "
     "trait; genetic information.", "en", "genetics", False),
    # the same names asked for: a request
    ("Merci d'indiquer votre âge, votre nationalité et votre situation de famille.", "fr", "nationality", True),
    ("Please state your religion, nationality and marital status in your cover letter.", "en", "religion", True),
    ("Candidates must give their religion, nationality and marital status.", "en", "religion", True),
    # two names are no list
    ("Religion and nationality must be stated on the form.", "en", "religion", True),
])
def test_where_a_word_stands(text: str, lang: str, category: str, reported: bool) -> None:
    assert (category in categories(text, lang)) is reported


@pytest.mark.parametrize(("ad", "lang", "category", "reported"), [
    # the employer describing itself: under an "about us" heading, or a sentence whose subject is the employer
    ("Bookkeeper\nAbout us\nOur firm was founded by two Muslim women in 2001 and employs 40 people.\n\nThe role\n"
     "You will keep the books.", "en", "religion", False),
    ("Bookkeeper\nWho we are\nA family business run by three generations, our oldest colleague is 71 and our "
     "youngest 19.\n\nThe role\nYou will keep the books.", "en", "age", False),
    ("Vendeur H/F\nQui sommes-nous ?\nUne entreprise familiale : nos fondateurs sont d'origine portugaise et notre "
     "équipe compte huit nationalités.\n\nVotre profil\nVous aimez le conseil.", "fr", "origin", False),
    ("Comptable H/F\nÀ propos de nous\nCréée en 1998 par trois sœurs, notre agence est aujourd'hui dirigée par des "
     "associés de plus de 50 ans.\n\nVotre profil\nVous êtes diplômé(e) en comptabilité.", "fr", "age", False),
    # a sentence of that section that speaks of the hire is read
    ("Comptable H/F\nÀ propos de nous\nNotre agence recherche une personne de moins de 30 ans pour compléter "
     "l'équipe.\n\nVotre profil\nVous êtes diplômé(e) en comptabilité.", "fr", "age", True),
    ("Bookkeeper\nAbout us\nWe are always looking to recruit ambitious young graduates.\n\nThe role\nYou will "
     "keep the books.", "en", "age", True),
    ("Bookkeeper\nAbout us\nOur firm is proud of its heritage and only hires Christian staff.\n\nThe role\nYou "
     "will keep the books.", "en", "religion", True),
])
def test_the_employer_describing_itself_is_not_the_candidate(ad: str, lang: str, category: str,
                                                             reported: bool) -> None:
    assert (category in categories(ad, lang, fragment=False)) is reported


BODY_FR = ("Vous préparez les commandes des clients et participez à l'inventaire. Salaire : 1 900 euros brut par "
           "mois. Poste basé à Lyon.")


@pytest.mark.parametrize(("ad", "dated"), [
    ("Préparateur de commandes H/F\nPubliée le 02/02/2027\n" + BODY_FR, True),
    ("Préparateur de commandes H/F\nPrise de poste à partir du 01/03/2027.\n" + BODY_FR, False),
    ("Préparateur de commandes H/F\nNotre entrepôt tourne depuis juin 2015.\n" + BODY_FR, False),
])
def test_a_start_date_or_a_date_of_the_employer_is_no_publication_date(ad: str, dated: bool) -> None:
    assert ("date" not in categories(ad, fragment=False, country="fr")) is dated


def test_a_start_date_in_english_is_no_publication_date() -> None:
    ad = ("Warehouse operator\nStart date: 1 March 2027\nYou prepare orders in our Lyon warehouse, France, and keep "
          "the stock right. Salary 24,000 euros a year.")
    assert "date" in categories(ad, "en", fragment=False, country="fr")


@pytest.mark.parametrize(("title", "one_sex"), [
    ("Maçon ou aide maçon", True),
    ("Cuisinier ou commis de cuisine", True),
    ("Un Data Engineer Cloud", True),
    ("Une opportunité en logistique", False),
    ("Alternant Data Analyst", True),
    ("Plombier", True),
    ("Pizzaïolo / Pizzaïola", False),
    ("Maçon / Maçonne", False),
    ("Responsable marketing", False),
    ("Maçon H/F", False),
])
def test_the_title_rule_reads_french_job_nouns(title: str, one_sex: bool) -> None:
    ad = f"{title}\nPubliée le 02/02/2027\n{BODY_FR}"
    assert ("title-gender" in categories(ad, fragment=False, country="fr")) is one_sex


def test_an_english_heading_above_french_text_is_no_english_version() -> None:
    heading = ("Consultant data H/F\nPubliée le 02/02/2027\n\nAbout the role\n\n" + BODY_FR + " Vous travaillez avec "
               "les équipes de production et de qualité sur des projets variés.")
    english = ("Consultant data H/F\nPubliée le 02/02/2027\n\nYou will join our data team and build pipelines for the "
               "production teams, with care for quality and cost.\n\n" + BODY_FR)
    assert "french-version" not in categories(heading, fragment=False, country="fr")
    assert "french-version" in categories(english, fragment=False, country="fr")


MISSIONS_EN = ("You will build the data pipelines of our pricing team.\nYou will review the models with the actuaries "
               "every week.\nYou will write the documentation of each model.\n")
MISSIONS_FR = ("Vous construirez les flux de données de notre équipe tarifaire.\nVous relirez les modèles avec les "
               "actuaires chaque semaine.\nVous rédigerez la documentation de chaque modèle.\n")
BENEFITS_FR = ("Nous offrons une mutuelle complète, le télétravail deux jours par semaine et une prime annuelle.\n"
               "Vous rejoindrez une entreprise attachée à la qualité de vie au travail de ses salariés.\n")


@pytest.mark.parametrize(("body", "english"), [
    # no blank line anywhere, as many boards give their ads: French headings, English missions, French benefits
    ("VOS MISSIONS\n" + MISSIONS_EN + "POURQUOI NOUS REJOINDRE ?\n" + BENEFITS_FR, True),
    ("VOS MISSIONS\n" + MISSIONS_FR + MISSIONS_EN + BENEFITS_FR, False),  # the French version comes first
    ("VOS MISSIONS\n" + MISSIONS_FR + BENEFITS_FR, False),
])
def test_the_french_version_is_read_line_by_line_when_an_ad_has_no_blank_line(body: str, english: bool) -> None:
    ad = "Data engineer pricing H/F\nPubliée le 02/02/2027\nLyon\n" + body
    assert ("french-version" in categories(ad, fragment=False, country="fr")) is english


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_english_title_above_a_french_ad_is_no_english_version(gap: str) -> None:
    ad = "Head of the Data Team" + gap + "Publiée le 02/02/2027\nLyon\n" + MISSIONS_FR + BENEFITS_FR
    assert "french-version" not in categories(ad, fragment=False, country="fr")
    english = "Head of the Data Team" + gap + "Published on 02/02/2027\nLyon\n" + MISSIONS_EN
    assert "french-version" in categories(english, fragment=False, country="fr")


@pytest.mark.parametrize(("pay", "seen"), [
    ("Retribuzione: 1.500 € netti mensili.", True),
    ("Salary: €45.000~€60.000 a year.", True),
    ("Compenso: 25 € lordi all'ora.", True),
    ("RAL: 30.000 euro.", True),
    ("Our office of 300 m² is in the centre.", False),
    ("A team of 40 employees.", False),
])
def test_pay_in_the_forms_of_other_eu_countries(pay: str, seen: bool) -> None:
    ad = f"Software engineer\nPosted on 2027-01-04\nJob in Milan, Italy. {pay}\nYou will build our booking services."
    assert ("pay-range" not in categories(ad, "en", fragment=False, country="it")) is seen


@pytest.mark.parametrize(("text", "lang", "reported"), [
    # a doubled "il/elle", a thing that "est organisée"; « la personne recrutée », the neutral wording the checker
    # suggests, agrees in the feminine, « elle » included; an ad asking for a woman is still reported
    ("Sous la responsabilité du chef d'atelier, il/elle participera à l'entretien du parc.", "fr", False),
    ("L'astreinte est organisée en roulement entre les techniciens.", "fr", False),
    ("La personne recrutée sera rigoureuse et elle participera aux inventaires.", "fr", False),
    ("La candidate retenue sera rigoureuse et elle participera aux inventaires.", "fr", True),
    ("Vous êtes reconnue pour votre sens du service : vous serez notre candidate idéale.", "fr", True),
    # "ce type de" is a kind; a participle agreeing with the subject that follows it; the masculine of a verb in -uer
    ("Ce type de chantier demande de la méthode.", "fr", False),
    ("Comment est organisée la direction technique ?", "fr", False),
    ("Vous êtes habitué à travailler avec des équipes réparties.", "fr", False),
    ("Vous êtes habituée à travailler avec des équipes réparties.", "fr", True),
    ("Vous êtes issue d'une école de commerce.", "fr", True),
    # a doubled English title, a chairman already in post, a colleague's own career; a one-sex title still reported
    ("Host/Hostess for our hotel restaurant", "en", False),
    ("Waitress or waiter, evening shifts", "en", False),
    ("The role reports directly to the Chairman and the board.", "en", False),
    ("Did you know our chief officer started her career here as an agent?", "en", False),
    ("Hostess wanted for our cocktail bar", "en", True),
    ("We need a salesman who can close deals.", "en", True),
])
def test_gendered_wording_said_of_a_colleague_or_a_doubled_title(text: str, lang: str, reported: bool) -> None:
    assert ("gendered-wording" in categories(text, lang)) is reported


@pytest.mark.parametrize(("title", "one_sex"), [
    # both forms with their complement written twice, in either order
    ("Chef de chantier/Cheffe de chantier", False),
    ("Vendeur conseil/Vendeuse conseil", False),
    ("Consultante junior/Consultant junior", False),
    ("Technicien réseau / Technicienne réseau", False),
    # both forms side by side with no sign between them
    ("Formateur formatrice en électricité", False),
    ("Formateur en électricité", True),
    # a kind of internship; a word in "e" after "et" is no feminine form
    ("Stage ouvrier en usine de chaudronnerie", False),
    ("Ouvrier en chaudronnerie", True),
    ("Intégrateur web Python et Kubernetes", True),
    ("Avocat / Avocate en droit social", False),
    ("Chef de chantier", True),
    ("Vendeur conseil", True),
])
def test_a_title_doubled_with_its_complement(title: str, one_sex: bool) -> None:
    ad = f"{title}\nPubliée le 02/03/2026\nPoste en CDI à Rennes, 35 heures par semaine."
    assert ("title-gender" in categories(ad, "fr", fragment=False, country="FR")) is one_sex


