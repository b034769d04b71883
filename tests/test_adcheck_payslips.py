"""Payslips are pay history only when the candidate is asked for theirs: their own, sent with the application, in its
list of papers, or required. The staff's payslips a payroll job draws up, checks or hands out, the clients' tax
returns an accountant prepares and the payslips an employer makes available are the job or a benefit. Sentences
written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories


@pytest.mark.parametrize("text, lang", [
    ("Merci de joindre vos trois derniers bulletins de salaire.", "fr"),
    ("Envoyez CV, lettre de motivation et bulletins de paie à rh@exemple.fr.", "fr"),
    ("Candidature : CV et dernier bulletin de salaire.", "fr"),
    ("Fournir une copie de vos fiches de paie.", "fr"),
    ("Bulletins de paie des trois derniers mois exigés.", "fr"),
    ("Please send us your last three payslips.", "en"),
    ("Attach your latest payslip.", "en"),
    ("Send your CV, cover letter and most recent pay stub.", "en"),
    ("Applicants must provide two recent payslips with their application.", "en"),
    ("Payslips from your current employer are required.", "en"),
])
def test_the_candidates_own_payslips_asked_are_pay_history(text: str, lang: str) -> None:
    assert "pay-history" in categories(text, lang, country="fr" if lang == "fr" else "gb")


@pytest.mark.parametrize("text, lang", [
    ("Vous préparerez les bulletins de paie et les déclarations sociales.", "fr"),
    ("Vous éditerez les fiches de paie des 120 salariés.", "fr"),
    ("Transmettre les bulletins de salaire aux salariés chaque mois.", "fr"),
    ("Vous serez garant de la fiabilité des bulletins de paie.", "fr"),
    ("Tes fiches de paie sont disponibles sur ton espace salarié.", "fr"),
    # every name of a payslip reads the same in the job's tasks (``{payslip-fr}``)
    ("Établissement des relevés de salaire du personnel.", "fr"),
    ("Vos feuilles de paie sont dématérialisées.", "fr"),
    ("You will prepare individual tax returns for our clients.", "en"),
    ("Distribute pay slips and answer payroll queries.", "en"),
    ("Ensure payslips are accurate and issued on time.", "en"),
])
def test_the_staffs_payslips_a_payroll_job_handles_are_no_pay_history(text: str, lang: str) -> None:
    assert "pay-history" not in categories(text, lang, country="fr" if lang == "fr" else "gb")
