"""English ads of office and IT jobs in Hong Kong: graduates welcomed "also", beside the others, a language skill
whose line ends before a sentence on the candidates, a software tool named like a worker, a health check of data or
systems, the pay received asked with the pay hoped for however it is spelt, applications turned away for where the
candidate lives, a policy of not hiring smokers, and the requirements that stay findings beside them. Sentences
written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "hk") -> set[str]:
    return rule_ids(text, "en", country=country)

# --- age: graduates welcomed "also", beside the others; a welcome alone stays a (doubtful) finding


@pytest.mark.parametrize("text", [
    "Fresh graduates are also welcome.",
    "Recent graduates and candidates with less experience will also be considered for the analyst post.",
    "Fresh graduate will also be considered for the junior post.",
    "New graduates with no experience are also encouraged to apply.",
])
def test_graduates_welcomed_beside_the_others_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Fresh graduates are welcome.",
    "Only fresh graduates are also welcome.",
    "Fresh graduates are also welcome only.",
    "We are looking for a recent graduate for this post.",
])
def test_graduates_sought_or_welcomed_alone_are_still_age(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- nationality: the last language of a skill, then a sentence on the candidates


@pytest.mark.parametrize("text", [
    "Good command of written and spoken English and Chinese\nCandidates with less experience will be considered.",
    "Proficient in both spoken and written Cantonese and English\nApplicants who have more experience may apply.",
    "Fluency in English or Japanese candidates with banking experience preferred",
])
def test_a_language_ending_a_skill_line_is_no_nationality(text: str) -> None:
    assert "nationality-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Chinese candidates only.",
    "We hire Filipino helpers.",
    "Good command of English. Indian candidates preferred.",
])
def test_a_nationality_asked_of_the_candidates_is_still_one(text: str) -> None:
    assert "nationality-criterion" in rules(text)

# --- gendered wording: a software tool named like a worker


@pytest.mark.parametrize("text", [
    "Knowledge of API testing tools, e.g. Swagger, Insomnia, Postman, etc.",
    "Experience testing REST APIs with JMeter / Postman is a plus.",
])
def test_a_tool_in_a_list_of_tools_is_no_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


@pytest.mark.parametrize("text", [
    "We are hiring a postman for the morning round.",
    "Postman wanted for our courier office.",
])
def test_a_postman_sought_is_still_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)

# --- health: a health check of data, systems or records


@pytest.mark.parametrize("text", [
    "Conduct periodical review and health check to ensure accurate data are produced for reporting.",
    "Run monthly health checks on the servers and databases.",
    "Perform audits and health checks of the data pipelines.",
])
def test_a_health_check_of_data_or_systems_is_no_health(text: str) -> None:
    assert "health-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Candidates must pass a medical check before joining.",
    "A health check of the candidate is required.",
    "Must be in good health.",
])
def test_the_candidate_s_health_is_still_health(text: str) -> None:
    assert "health-criterion" in rules(text)

# --- pay history: the pay received asked with the pay hoped for, the latest pay


@pytest.mark.parametrize("text", [
    "Please send your CV with current and expected salary.",
    "Apply with full resume stating latest and expected salaries.",
    "Send your resume with current and expecting salary to HR.",
    "Forward your full resume with current and expect salary.",
    "Send us your full resume with the latest salary, expected salary and availability.",
])
def test_the_pay_received_is_pay_history(text: str) -> None:
    assert "pay-history" in rules(text)


@pytest.mark.parametrize("text", [
    "Please send your resume with expected salary and availability.",
    "Our latest salary survey shows rising pay for analysts.",
    "The team reviews the latest salary benchmarks every year.",
])
def test_the_pay_hoped_for_or_a_survey_is_no_pay_history(text: str) -> None:
    assert "pay-history" not in rules(text)

# --- place of residence: applications turned away for where the candidate lives


@pytest.mark.parametrize("text", [
    "We do not process applications from overseas for this position.",
    "We cannot accept applications from outside Hong Kong.",
    "Overseas applicants will not be considered.",
])
def test_applications_turned_away_for_where_people_live_are_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "We process applications within two weeks.",
    "Support our overseas offices and clients.",
    "We accept applications from all qualified candidates.",
])
def test_processing_applications_or_overseas_work_is_no_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text)

# --- health: a policy of not hiring smokers


@pytest.mark.parametrize("text", [
    "Policies on non-recruitment of smokers or other tobacco users apply to this post.",
    "We do not hire smokers.",
])
def test_not_hiring_smokers_is_health(text: str) -> None:
    assert "health-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Smoking is not allowed in the office.",
    "We run a smoke-free office.",
    "Help smokers quit through our wellness programme.",
])
def test_a_smoke_free_office_is_no_health(text: str) -> None:
    assert "health-criterion" not in rules(text)
