"""Where a criterion's word stands in a care job's ad: the patients' states of life (pregnancy, youth, old age) and
conditions, the services named after them, the population of an area, other people's ages for a legal check, the
patients' records read as a task; and words of another sense (shortlisted, single rooms, a race run for charity, a
company limited by guarantee, the fee of a criminal-record check). Each lawful frame has its request, still found."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def found(text: str, lang: str, country: str) -> set[str]:
    return rule_ids(text, lang, country=country)

@pytest.mark.parametrize(("text", "lang", "country"), [
    # care given in a state of life, and the services named after it
    ("Our midwives offer antenatal care in pregnancy and after the birth.", "en", "gb"),
    ("The clinic runs scans and screening during early pregnancy.", "en", "ie"),
    ("You will improve mothers' experience of pregnancy and labour.", "en", "gb"),
    ("Based at the Teenage Pregnancy Advice Service, two days a week.", "en", "gb"),
    ("The post sits within the youth justice team of the county.", "en", "gb"),
    ("You will run clinics for young adults with diabetes.", "en", "ie"),
    ("Vous assurez les consultations de suivi de grossesse au centre périnatal.", "fr", "fr"),
    ("Le pôle accueille des grossesses à risque et les nouveau-nés.", "fr", "fr"),
    # the people served: their conditions, their transition, their protection
    ("Nurses here support the transition of a young person from paediatric wards.", "en", "gb"),
    ("We are committed to protecting adolescents and vulnerable adults in our care.", "en", "gb"),
    ("The service helps people with severe mental health problems find work.", "en", "gb"),
    ("You will tackle the causes of long-term health conditions in the borough.", "en", "gb"),
    ("Clients recovering from serious illness join our gardening groups.", "en", "gb"),
    ("Delivering high-quality health care to the whole valley.", "en", "gb"),
    ("Our team resolves non-medical issues for families on the ward.", "en", "gb"),
    ("Pharmacists review patient health records and repeat prescriptions.", "en", "gb"),
    # the population of an area, other people's ages for a legal check
    ("Our catchment ranges from inner city estates to remote farms.", "en", "gb"),
    ("La population du quartier est jeune et très diverse.", "fr", "fr"),
    ("Family members (aged 18 or over) travelling with you need a visa check too.", "en", "gb"),
    # another sense of the word
    ("If you are short-listed, we will phone you within a week.", "en", "gb"),
    ("Every bedroom on the unit is single and en-suite.", "en", "gb"),
    ("Staff cycle, swim and race for charity every spring.", "en", "gb"),
    ("Acme Care Trust, a company limited by guarantee 0123456.", "en", "gb"),
    ("You will be charged for an enhanced DBS check if the role needs one.", "en", "gb"),
])
def test_what_a_care_job_describes_is_no_criterion(text: str, lang: str, country: str) -> None:
    assert found(text, lang, country) == set()


@pytest.mark.parametrize(("text", "lang", "country", "rule"), [
    ("Applicants who are pregnant will not be considered.", "en", "gb", "pregnancy-criterion"),
    ("Pas de grossesse en cours, merci.", "fr", "fr", "pregnancy-criterion"),
    ("People with a long-term illness are not suitable for this post.", "en", "gb", "health-criterion"),
    ("Candidates must not have any heart conditions.", "en", "gb", "health-criterion"),
    ("Candidates must provide their medical history.", "en", "gb", "health-criterion"),
    ("We want young adults aged 18 to 25.", "en", "gb", "age-criterion"),
    ("Nous recherchons une personne jeune pour notre équipe.", "fr", "fr", "age-criterion"),
    ("Candidates must be short and slim.", "en", "gb", "physical-appearance-criterion"),
    ("You must be single and free to travel.", "en", "gb", "family-situation-criterion"),
    ("No applicants from the inner city.", "en", "gb", "place-of-residence-criterion"),
    ("Guaranteed £900 a week from home.", "en", "gb", "misleading-claim"),
    ("You will be charged for the training pack.", "en", "gb", "misleading-claim"),
    # the frames of care do not reach a hiring sentence
    ("We do not hire people with mental health issues.", "en", "gb", "health-criterion"),
    ("We cannot employ anyone living with a chronic illness.", "en", "gb", "health-criterion"),
    ("We cannot employ anyone recovering from a serious illness.", "en", "gb", "health-criterion"),
    ("We want staff from the local population under 30.", "en", "gb", "age-criterion"),
    ("Nous recrutons dans la population locale des moins de 30 ans.", "fr", "fr", "age-criterion"),
    ("Candidates with dependants under 5 will not be considered.", "en", "gb", "family-situation-criterion"),
])
def test_the_same_words_asked_of_the_candidate_are_still_found(text: str, lang: str, country: str, rule: str) -> None:
    assert rule in found(text, lang, country)
