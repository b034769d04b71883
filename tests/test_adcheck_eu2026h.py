"""English ads for jobs in the EU outside France (Germany, Sweden, Ireland, Portugal): the lawful passages that read
like a criterion - a German equal-opportunity line kept in an English ad, the plural names of an outreach line, a
statement after an exclamation mark that lost its space, the pupils' ages in a teacher's title, a young work
environment, recent graduates among the situations an open call names, "native in English", a team's roots, photo
editing software, short project cycles, health and safety, the union contacts Nordic ads give, a percentage promised,
a brand's local arm named in the byline - and the requirements next to them: only candidates already living in a
place. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories as found_categories


def categories(text: str, country: str = "de", fragment: bool = True) -> set[str]:
    return found_categories(text, "en", fragment, country=country)


# --- non-discrimination statements: German in an English ad, plural names, a lost space after "!"

@pytest.mark.parametrize("text", [
    "Wir heißen alle Bewerber, unabhängig ihres Geschlechts, Alters, ihrer Religion oder Nationalität, willkommen.",
    "We encourage applicants of all genders, ethnicities, religions, ages and abilities to apply.",
    "Send us your CV so we can get talking!We welcome applicants of all genders, religions and ethnicities.",
])
def test_an_equal_opportunity_line_is_no_criterion(text: str) -> None:
    assert not categories(text) & {"religion", "age", "sex", "origin", "nationality"}


@pytest.mark.parametrize("text, category", [
    ("Christian applicants preferred.", "religion"),
    ("Please state your religion, nationality and marital status.", "religion"),
    ("Send us your CV with your religion, nationality and age.", "religion"),
])
def test_a_criterion_asked_for_is_still_found(text: str, category: str) -> None:
    assert category in categories(text)


# --- age: the pupils' ages, a young work environment, graduates among other situations

@pytest.mark.parametrize("text", [
    "Maths Teacher, Ages 11 - 14",
    "Tutoring children ages 8-12 after school.",
    "You will find a young and supportive work environment.",
    "Whether you are a student, recent graduate, career changer, or experienced professional, you can apply.",
])
def test_the_pupils_ages_a_young_workplace_or_an_open_call_are_no_age(text: str) -> None:
    assert "age" not in categories(text, "se")


@pytest.mark.parametrize("text", [
    "English teacher aged 25-35 preferred.",
    "Sales assistant, ages 18-25",
    "We want young and energetic staff.",
    "Recent graduates only.",
])
def test_an_age_asked_of_the_candidate_is_found(text: str) -> None:
    assert "age" in categories(text, "se")


# --- origin: "native in" a language, the employer's roots

@pytest.mark.parametrize("text", [
    "You must be fluent or native in German.",
    "We are a family business with Italian roots and a global outlook.",
    "Join a company that combines Danish heritage with modern design.",
])
def test_a_language_or_the_employers_roots_are_no_origin(text: str) -> None:
    assert "origin" not in categories(text)


@pytest.mark.parametrize("text", [
    "Candidates native in Poland preferred.",
    "Must be born in Sweden.",
    "Candidates of Italian heritage preferred.",
])
def test_the_candidates_origin_is_found(text: str) -> None:
    assert "origin" in categories(text)


# --- physical appearance: image-editing tools, short cycles

@pytest.mark.parametrize("text", [
    "Experience with photo editing software such as Lightroom.",
    "Familiarity with picture editing tools is a plus.",
    "Our release cycles are short and our meetings are short too.",
])
def test_editing_tools_or_a_short_time_are_no_appearance(text: str) -> None:
    assert "physical-appearance" not in categories(text)


@pytest.mark.parametrize("text", ["Please send your CV with a picture.", "Candidates must be tall and slim."])
def test_a_photo_or_a_build_asked_is_found(text: str) -> None:
    assert "physical-appearance" in categories(text)


# --- health and safety; union contacts; a percentage promised

def test_health_and_safety_with_an_adjective_is_a_field() -> None:
    assert "health" not in categories("Promote good health and safety practices on site.")
    assert "health" in categories("Candidates must be in excellent health.")


@pytest.mark.parametrize("text", [
    "Union representatives: Unionen, Anna Berg, +46 70 123 45 67",
    "For union information, please contact Jan Olsson at Akademikerna.",
    "Union contacts – Sweden: Unionen, Per Ek",
])
def test_the_union_contacts_an_ad_gives_are_no_union_activity(text: str) -> None:
    assert "union-activity" not in categories(text, "se")


def test_turning_union_members_away_is_found() -> None:
    assert "union-activity" in categories("Union members need not apply.", "se")


def test_a_percentage_guaranteed_is_no_earnings_promise() -> None:
    assert "misleading" not in categories("We guarantee 100% ownership of your projects and 0% micromanagement.")
    assert "misleading" in categories("Guaranteed income of €3,000 per month!")


# --- place of residence: only candidates who already live in a place

@pytest.mark.parametrize("text", [
    "We are only considering candidates already residing in Spain.",
    "Only accepting applicants currently living in Dublin.",
])
def test_only_candidates_living_in_a_place_is_residence(text: str) -> None:
    assert "place-of-residence" in categories(text, "es")


def test_the_place_of_work_is_no_residence() -> None:
    assert "place-of-residence" not in categories("The role is based in Madrid; we consider applicants from anywhere.",
                                                  "es")


# --- the employer's name: a brand's local arm in the byline ("Five Guys Scandinavia"), written as the brand

def test_the_brand_of_a_local_arm_is_a_name() -> None:
    ad = "Shift Leader\nFive Guys Scandinavia — Uppsala\nAt Five Guys we cook fresh burgers every day.\n"
    assert not {"gendered-wording", "sex"} & categories(ad, "se", fragment=False)
    assert "sex" in categories(ad + "We need guys who can lift heavy boxes.\n", "se", fragment=False)
