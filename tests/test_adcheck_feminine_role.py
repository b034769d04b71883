"""The person hired named in the feminine through the job she will hold or what she will do: « En tant que
commerciale, vous… », « vous travaillerez comme vendeuse », « La vendeuse échangera avec les clients », « L'assistante
stagiaire aura pour mission… », « Vous devez être rigoureuse », a line « Être organisée »; and the lawful look-alikes:
someone else's story, both forms, the boss the hire works with, a meeting organised, a task line. Sentences written
for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories


@pytest.mark.parametrize("text", [
    "En tant que commerciale, vous prospectez les entreprises du quartier.",
    "En tant que technico-commerciale , vous développez le portefeuille.",
    "En tant qu'assistante RH, vous serez le relais des managers.",
    "Vous travaillerez comme vendeuse au rayon frais.",
    "La vendeuse échangera chaque jour avec les clients.",
    "L'assistante de direction stagiaire aura pour mission de tenir les agendas.",
    "La technicienne devra maîtriser les normes électriques.",
    "Vous devez être rigoureuse et ponctuelle.",
    "Être organisée",
    "- Être rigoureuse, respectueuse et courageuse.",
    "La candidate sera organisée et souriante.",
])
def test_the_hire_named_in_the_feminine(text: str) -> None:
    assert "gendered-wording" in categories(text, "fr", country="fr")


@pytest.mark.parametrize("text", [
    "Elle a débuté en tant que vendeuse avant de fonder l'entreprise.",
    "En tant que vendeur ou vendeuse, vous conseillez nos clients.",
    "En tant que vendeur·se, vous conseillez nos clients.",
    "La directrice sera votre interlocutrice au quotidien.",
    "Vous aurez comme principale mission la coordination des projets.",
    "La personne recrutée devra avoir le permis B.",
    "La réunion de lancement doit être organisée chaque lundi.",
    "Être proactive dans la mise en place des améliorations.",
    "Être organisé(e) et rigoureux(se).",
    "Vous devez être organisé·e.",
])
def test_someone_else_both_forms_or_a_thing_are_lawful(text: str) -> None:
    assert "gendered-wording" not in categories(text, "fr", country="fr")
