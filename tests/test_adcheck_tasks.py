"""The job's tasks: after "vous" or "you will" and a verb of the job's tasks (``rules/task-verbs.yml``), a criterion's
word in the object names the people, papers or things the job deals with, not what the candidate must be. What
states the candidate (« vous serez », « vous aurez », "you must") and a sentence that goes on to require or turn
people away are still read. A line of a list of duties that opens on a task verb (in French the infinitive, in
English the imperative) is read the same way. Sentences written for these tests,
not taken from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import categories

VERBS = yaml.safe_load((Path(__file__).resolve().parent.parent / "src" / "rolegen" / "adcheck" / "rules"
                        / "task-verbs.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("text, lang", [
    ("Vous suivrez les femmes enceintes et les jeunes mères au sein de la PMI.", "fr"),
    ("Vous gérerez le planning des messes et des cérémonies religieuses de la paroisse.", "fr"),
    ("Vous traiterez les dossiers de surendettement des clients.", "fr"),
    ("Vous réaliserez les tests génétiques au laboratoire.", "fr"),
    ("Vous instruisez les demandes de naturalisation des ressortissants étrangers.", "fr"),
    ("Vous serez en charge du suivi des arrêts maladie et des accidents du travail.", "fr"),
    ("You will support pregnant women and new mothers in the community.", "en"),
    ("You'll process applications from asylum seekers of every nationality.", "en"),
    ("You will coordinate genetic testing for the clinic's patients.", "en"),
    # a list of the task's objects goes on after a comma
    ("Vous accompagnerez les familles, les enfants et les femmes enceintes.", "fr"),
    ("You will support pregnant women, their partners and families.", "en"),
    # a line of duties opening on an infinitive
    ("Missions :\n- Soutenir les familles confrontées à la précarité et au surendettement.", "fr"),
    ("Missions :\n- Accompagner les jeunes de 16 à 25 ans dans leur insertion.", "fr"),
    ("Missions :\n- Suivre les femmes enceintes et les jeunes mères du quartier.", "fr"),
    ("Vos missions :\n• Organiser les cérémonies religieuses de la paroisse", "fr"),
    # the people a task serves, named by their age or sex
    ("Vous encadrerez une équipe jeune et dynamique.", "fr"),
    ("Vous accompagnerez des femmes victimes de violences vers l'emploi.", "fr"),
    ("Duties:\n- Support young people aged 16 to 24 leaving care.", "en"),
])
def test_a_criterions_word_in_the_jobs_tasks_is_no_requirement(text: str, lang: str) -> None:
    assert categories(text, lang, country="fr" if lang == "fr" else "gb") == set()


@pytest.mark.parametrize("text, lang, category", [
    ("Vous serez de nationalité française.", "fr", "nationality"),
    ("Vous aurez entre 25 et 35 ans.", "fr", "age"),
    ("Vous traiterez les dossiers, nationalité française exigée.", "fr", "nationality"),
    ("Vous accueillerez les clients ; candidats musulmans s'abstenir.", "fr", "religion"),
    ("Vous gérerez l'équipe et vous êtes en parfaite santé.", "fr", "health"),
    ("You will manage the store; applicants must be British nationals.", "en", "nationality"),
    ("You will support the team. Christian candidates only.", "en", "religion"),
    # a requirement put after a comma, telegraph style, is no longer the task's object
    ("Vous accueillerez la clientèle, physique agréable.", "fr", "physical-appearance"),
    ("Vous gérerez la caisse, nationalité française.", "fr", "nationality"),
    ("Vous préparerez les commandes, bonne santé.", "fr", "health"),
    ("You will greet customers, attractive appearance.", "en", "physical-appearance"),
    # a line of duties that goes on to state the candidate, or a line that opens on a verb of being or having
    ("Missions :\n- Accueillir les clients ; vous avez moins de 30 ans.", "fr", "age"),
    ("Missions :\n- Gérer la caisse, nationalité française exigée.", "fr", "nationality"),
    ("Profil :\n- Avoir entre 25 et 35 ans.", "fr", "age"),
    ("Profil :\n- Être de nationalité française.", "fr", "nationality"),
    ("Vous accueillerez la clientèle ; homme uniquement.", "fr", "sex"),
])
def test_what_states_the_candidate_or_requires_is_still_read(text: str, lang: str, category: str) -> None:
    assert category in categories(text, lang, country="fr" if lang == "fr" else "gb")


@pytest.mark.parametrize("lang", ["fr", "en", "fr-infinitive"])
def test_the_list_holds_no_verb_that_states_the_candidate(lang: str) -> None:
    # the verbs that say what the candidate is, has or lives in would hide a requirement (« serez chargé »,
    # "be responsible for" name a task)
    stating = {"fr": {"etes", "serez", "avez", "aurez", "devez", "devrez", "habitez", "habiterez", "presentez",
                      "presenterez", "parlez", "parlerez", "mesurez", "portez", "porterez", "residez", "residerez"},
               "en": {"be", "have", "must", "live", "speak", "hold", "possess", "wear", "look"},
               "fr-infinitive": {"etre", "avoir", "devoir", "habiter", "presenter", "parler", "mesurer", "porter",
                                 "resider", "justifier", "posseder", "maitriser"}}[lang]
    assert not {verb.split()[0] for verb in VERBS[lang] if not verb.startswith(("serez ", "etes ", "aurez ", "be responsible "))} & stating
