"""English ads for software posts in India and Singapore: a graduating class asked as Indian boards write it
("batches 2023, 2024, and 2025", "2025 pass-outs", "passed out in 2024"), a degree finished recently said with the
verb and the school ("recently graduated from"; not the open question "Are you recently graduated?"), a graduation
year set in bold by the board's markdown; the applicant's own money put into the business as a condition of the
post; Postman the API tool named by what it is made of ("Postman tools", "Postman collections") or after an API tool
written in two words ("SOAP UI"). Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "in") -> set[str]:
    return rule_ids(text, "en", country=country)


AGE = "age-criterion"
MISLEADING = "misleading-claim"
GENDERED = "gendered-wording-fr"

# --- age: the graduating class, the degree finished recently, the year in bold


@pytest.mark.parametrize("text", [
    "* Open to graduates from batches 2024 and 2025 only",
    "Eligibility: B.Tech graduates of batch 2025",
    "Batch: 2023/2024",
    "Only 2025 batch freshers may apply.",
    "We hire 2024 & 2025 pass-outs for this role.",
    "Candidates who passed out in 2025 can apply.",
    "Year of passing: 2024 - 2025",
    "* Currently enrolled in or recently graduated from an engineering college",
    "Candidates recently graduated in computer engineering are preferred.",
    "* Final-year student with a graduation date of **June 2026 or later**",
    "You are due to graduate in **2026**.",
])
def test_a_graduating_class_or_a_recent_degree_asked_is_age(text: str) -> None:
    assert AGE in rules(text)


@pytest.mark.parametrize("text", [
    "The service imports each batch of 2025 records every night.",
    "Monitor the 2024 batch jobs and rerun failed loads.",
    "Process batches 2023 through the new pipeline.",
    "Our team recently completed a migration to Kubernetes.",
    "You will mentor recently graduated engineers in their first year.",
    "Are you recently graduated? Our graduate programme starts in September.",
    "We recently finished the rollout of our new platform.",
    "A degree in Computer Science or equivalent experience.",
    "Since 2024 the batch platform runs on Spark.",
])
def test_a_batch_of_records_a_task_finished_or_graduates_mentored_stay_lawful(text: str) -> None:
    assert AGE not in rules(text)

# --- misleading: the applicant's own money put into the business


@pytest.mark.parametrize("text", [
    "* Invest and fundraise: contribute personal investment to the company.",
    "The co-founder must bring their own capital to open the new office.",
    "This partner role requires a personal investment of INR 10 lakh.",
    "You will invest your own money in the franchise.",
])
def test_the_applicants_own_money_asked_is_misleading(text: str) -> None:
    assert MISLEADING in rules(text)


@pytest.mark.parametrize("text", [
    "We make a personal investment in your development and training.",
    "Manage client investment portfolios and capital allocation.",
    "You will prepare investment memos for our fund's partners.",
    "Help the founders raise capital from venture investors.",
])
def test_an_investment_in_staff_or_the_job_s_finance_work_stays_lawful(text: str) -> None:
    assert MISLEADING not in rules(text)

# --- gendered wording: Postman the API tool


@pytest.mark.parametrize("text", [
    "* Selenium, Cucumber\n* SOAP UI / Postman tools\n* Oracle",
    "* Java\n* Postman collections and Newman runs\n* Jenkins",
    "* REST APIs\n* SoapUI or Postman\n* Git",
])
def test_postman_named_as_a_tool_is_no_job_noun(text: str) -> None:
    assert GENDERED not in rules(text)


@pytest.mark.parametrize("text", [
    "* Drivers\n* Postman\n* Sorting clerks",
    "Positions open:\n* Cleaner\n* Postman for rural rounds",
])
def test_a_postman_sought_in_a_list_of_jobs_is_still_found(text: str) -> None:
    assert GENDERED in rules(text, "gb")
