"""The role model: roles and the seven vocabularies, as declared in the data contract.

The docstring under each field is its documentation: it lands in the JSON
Schema (``rolegen schema``), in the skeleton written by ``rolegen new`` and in
the format reference of the manual (docs/file-formats.md).

Each field of :class:`Role` that readers see carries a
:class:`~rolegen.knowledge.sections.Section`: its name in French and English
and what every output does with it (its place, comparison, search kind and
weight, lint). ``show``, ``lint``, ``new``, ``compare``, ``search`` and the
guide read them from there; a new list of statements needs nothing else.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from rolegen.knowledge.sections import Kind, Section

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
LANGS = ("fr", "en")

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=64)]
Line = Annotated[str, StringConstraints(min_length=1, max_length=20_000, pattern=r"\S")]
Level = Literal["operational", "middle-management", "management"]
Place = Literal["agency", "startup", "sme", "large-company"]
Need = Literal["essential", "optional"]
PRACTICE = "practice"
"""The basis of a statement that no source makes: established practice of the trade."""
Basis = Annotated[list[Id], Field(max_length=10)]
LEVELS: tuple[str, ...] = Level.__args__  # type: ignore[attr-defined]
PLACES: tuple[str, ...] = Place.__args__  # type: ignore[attr-defined]


class Model(BaseModel):
    """Strict: unknown fields and YAML's silent conversions are errors."""

    model_config = ConfigDict(
        extra="forbid", strict=True, frozen=True, use_attribute_docstrings=True, populate_by_name=True
    )


class Text(Model):
    """A human-readable text in French and English (plain text, no markup)."""

    fr: Line
    """French text, the primary language."""
    en: Line
    """English text, a faithful translation of the French."""

    def __getitem__(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


class Statement(Text):
    """A statement about a role, in French and English, with the basis it rests on."""

    basis: Basis = []
    """Where it comes from: ids of sources in vocabulary/sources.yml, or [practice] for established practice that no
    source states. `rolegen lint` asks for one on every statement."""


class SkillNeed(Model):
    """A skill a role needs, and how much."""

    skill: Id
    """Id of a skill in vocabulary/skills.yml."""
    need: Need
    """essential (the role cannot do without it) or optional (a plus)."""
    basis: Basis = []
    """Where it comes from: source ids, or [practice]."""


class Collaboration(Model):
    """Someone the role works with, and on what."""

    with_: Id = Field(alias="with")
    """Id of a role, or of a team in vocabulary/teams.yml."""
    about: Text
    """What they work on together."""
    basis: Basis = []
    """Where it comes from: source ids, or [practice]."""


class Distinction(Model):
    """A role this one is often confused with, and the difference."""

    role: Id
    """Id of the other role."""
    why: Text
    """What sets the two roles apart."""
    basis: Basis = []
    """Where it comes from: source ids, or [practice]."""


class Codes(Model):
    """Official classifications, only where a real match exists."""

    rome: list[Annotated[str, StringConstraints(pattern=r"^[A-N][0-9]{4}$")]] = []
    """ROME 4.0 fiche codes (France Travail), e.g. E1101."""
    isco: Annotated[str, StringConstraints(pattern=r"^[0-9]{4}$")] | None = None
    """ISCO-08 unit group, four digits, e.g. "2432" (quoted)."""
    esco: Annotated[str, StringConstraints(pattern=r"^http://data\.europa\.eu/esco/occupation/[0-9a-f-]{36}$")] | None = (
        None
    )
    """ESCO occupation URI."""
    note: Text | None = None
    """Where no official code matches, say so here."""


class Source(Model):
    """A document statements come from (an entry of vocabulary/sources.yml)."""

    id: Id
    """Identifier that roles cite in sources and basis; "practice" is reserved."""
    title: Line
    """Title of the article or page, as published."""
    label: Text | None = None
    """Short name shown beside the statements it backs (hover and print); the publisher when left out."""
    publisher: Line | None = None
    """Who published it (site, company or author), when known."""
    year: Annotated[int, Field(ge=1900, le=2100)] | None = None
    """Year of publication, when known."""
    language: Literal["fr", "en"]
    """Language of the text (ISO 639-1)."""
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = None
    """Address of the document, when known."""
    note: Text | None = None
    """What the source is and how far it can be trusted (an agency's blog, a training firm, a dated survey ...)."""


class Experience(Model):
    """Typical years of experience at a level, as a range."""

    min: Annotated[int, Field(ge=0, le=50)]
    """Fewest typical years of experience."""
    max: Annotated[int, Field(ge=0, le=50)] | None = None
    """Most typical years of experience; leave it out for an open-ended top level."""


class MarketTitle(Model):
    """A title employers give the role in job ads, or an official appellation, with where it was seen."""

    title: Line
    """The title as employers write it, without contract or gender marks ("Chargé de communication digitale")."""
    lang: Literal["fr", "en"]
    """The language of the title (English titles are common in French ads)."""
    level: Id | None = None
    """The seniority level the title names, if any (id in vocabulary/seniority.yml: junior, confirmed ...)."""
    source: Id
    """Where the title was seen: id of a source in vocabulary/sources.yml (a collection of job ads, the ROME)."""


class RoleLevel(Model):
    """One seniority level a role has, and what changes at that level."""

    level: Id
    """Id of a level in vocabulary/seniority.yml; levels are listed in the vocabulary's order."""
    experience: Experience
    """Typical years of experience, e.g. {min: 0, max: 2}."""
    scope: Text
    """Scope and autonomy at this level: what the person decides alone, what they are trusted with."""
    adds: list[Text] = []
    """Responsibilities this level adds to the role's own (not to the level below)."""
    skills: list[Id] = []
    """Ids of skills, among the role's skills, that deepen at this level."""
    kpis: list[Id] = []
    """Ids of KPIs (vocabulary/kpis.yml) this level owns."""
    basis: Basis = []
    """Where this comes from: source ids, or [practice] for established practice not in the sources."""


class Role(Model):
    """One role of the knowledge base (one file in roles/, the file stem is the id)."""

    id: Annotated[Id, Section("Identifiant", "Identifier", search=(Kind("id", 10, "identifiant", "identifier"),))]
    """Equals the file stem."""
    title: Annotated[Text, Section("Titre", "Title", search=(Kind("title", 10, "titre"),))]
    """The job title; in French the gender-neutral form or both forms."""
    aliases: Annotated[list[Line], Section("Autres noms", "Also called", order=1, head=True,
                                         search=(Kind("alias", 10, "autre nom", "other name"),))] = []
    """Other names people use ("CM", "Content manager"); rolegen resolves them."""
    market_titles: Annotated[list[MarketTitle], Section(
        "Titres en usage", "Titles in use", order=2, head=True,
        search=(Kind("market title", 10, "titre d'offre", "job-ad title"),))] = []
    """Titles of job ads and official appellations that name this role, each with its language, level and source;
    `rolegen search` and the guide's finder rank them like aliases."""
    family: Annotated[Id, Section("Famille", "Family", order=3, head=True, search_order=1, search=(Kind("family", 3, "famille"),))]
    """Id of a family in vocabulary/families.yml."""
    level: Annotated[Level, Section("Niveau", "Level", order=4, head=True, compare=True)]
    """Where the role usually sits: operational, middle-management or management."""
    level_basis: Basis = []
    """The basis of level: source ids, or [practice]."""
    found_in: Annotated[list[Place], Section("Où le trouver", "Where it is found", order=5, head=True, compare=True,
                                              basis="found_in_basis")] = []
    """Where the role is usually found: agency, startup, sme, large-company."""
    found_in_basis: dict[Place, Basis] = {}
    """The basis of each place of found_in, by place: source ids, or [practice]; only places of found_in."""
    summary: Annotated[Statement, Section("Résumé", "Summary", order=6, head=True, search_order=5,
                                          search=(Kind("summary", 2, "résumé"),))]
    """Two or three sentences, with their basis."""
    responsibilities: Annotated[list[Statement], Section(
        "Responsabilités", "Responsibilities", order=10, compare=True, min_items=True, matrix=True, duty=True,
        search_order=6, search=(Kind("responsibility", 1, "responsabilité"),))] = Field(min_length=1)
    """What the role is accountable for."""
    skills: Annotated[list[SkillNeed], Section(
        "Compétences", "Skills", order=20, compare=True, min_items=True, matrix=True,
        search_order=2, search=(Kind("skill (essential)", 6, "compétence essentielle", "essential skill"),
                                Kind("skill (optional)", 4, "compétence appréciée", "optional skill")))] = Field(min_length=1)
    """The skills the role needs, each essential or optional."""
    backgrounds: Annotated[list[Id], Section(
        "Parcours typiques", "Typical backgrounds", order=30, compare=True, min_items=True, matrix=True,
        basis="background_basis", search_order=4, search=(Kind("background", 4, "parcours"),))] = Field(min_length=1)
    """Typical studies or previous careers (ids in vocabulary/backgrounds.yml)."""
    background_basis: dict[Id, Basis] = {}
    """The basis of each background of backgrounds, by background id: source ids, or [practice]; only those of
    backgrounds (checked)."""
    daily_activities: Annotated[list[Statement], Section(
        "Journée type", "A typical day", order=40, compare=True, min_items=True, matrix=True, duty=True,
        search_order=7, search=(Kind("daily activity", 1, "journée type", "typical day"),))] = Field(min_length=1)
    """A typical day."""
    collaborations: Annotated[list[Collaboration], Section(
        "Collaborations", "Works with", order=50, compare=True, min_items=True, matrix=True,
        search_order=10, search=(Kind("collaboration", 1, "collaboration"),))] = Field(min_length=1)
    """Who the role works with (roles or teams), and on what."""
    kpis: Annotated[list[Id], Section(
        "Indicateurs clés (KPI)", "Key indicators (KPIs)", order=60, compare=True, min_items=True, matrix=True,
        basis="kpi_basis", search_order=3, search=(Kind("kpi", 5, "indicateur", "indicator"),))] = Field(min_length=1)
    """Indicators the role is measured on (ids in vocabulary/kpis.yml), the main one first."""
    kpi_basis: dict[Id, Basis] = {}
    """The basis of each KPI of kpis, by KPI id: source ids, or [practice]. A mapping beside the list rather than
    objects inside it, so that kpis stays the plain list of ids that comparisons, postings and seniority levels
    read; each KPI of kpis has one entry here, and only those (checked)."""
    reports_to: Annotated[list[Id], Section("Rend compte à", "Reports to", order=70, compare=True, section="reporting",
                                            heading=("Rattachement", "Reporting lines"))] = []
    """Roles this one reports to."""
    manages: Annotated[list[Id], Section("Encadre", "Manages", section="reporting")] = []
    """Roles this one manages; must agree with their reports_to."""
    reporting_notes: Annotated[Statement | None, Section("Selon l'organisation", "Depending on the organisation",
                                                      section="reporting")] = None
    """How the reporting line depends on the organisation (agency, SME, large group)."""
    not_to_confuse_with: Annotated[list[Distinction], Section(
        "À ne pas confondre avec", "Not to be confused with", order=80,
        search_order=11, search=(Kind("distinction", 1, "à ne pas confondre", "not to be confused"),))] = []
    """The distinctions the sources draw with other roles."""
    grey_zones: Annotated[list[Statement], Section(
        "Zones grises", "Grey zones", order=90, search_order=8, search=(Kind("grey zone", 1, "zone grise"),))] = []
    """Where the boundary with other roles blurs."""
    facts: Annotated[list[Statement], Section(
        "Repères chiffrés", "Facts and figures", order=100, search_order=9,
        search=(Kind("fact", 1, "repère chiffré"),))] = []
    """Figures and findings the sources report."""
    codes: Annotated[Codes | None, Section("Codes officiels", "Official codes", order=120)] = None
    """Official classifications (ROME, ISCO, ESCO)."""
    sources: Annotated[list[Id], Section("Sources", "Sources", order=130)] = Field(min_length=1)
    """Ids of the sources (vocabulary/sources.yml) that describe this role."""
    left_out: list[Text] = []
    """What the sources say about this role that its page leaves out or says more cautiously, and why: the editor's
    record of the reading of the sources. Not shown on the role page."""
    seniority: Annotated[list[RoleLevel], Section("Niveaux d'expérience", "Seniority levels", order=110,
                                                  show_after="reporting")] = []
    """The seniority levels the role has (junior ... lead), in the vocabulary's order."""

    def level_of(self, level_id: str) -> RoleLevel | None:
        """This role's entry for seniority level ``level_id``, or None if the role lacks that level."""
        return next((entry for entry in self.seniority if entry.level == level_id), None)


class Family(Model):
    """A group of roles (content, social media, acquisition, management ...)."""

    id: Id
    """Identifier used by roles' family field."""
    label: Text
    """Name of the family."""
    description: Text
    """What the roles of this family have in common."""


class Skill(Model):
    """A skill a role can need."""

    id: Id
    """Identifier used in roles' skills."""
    label: Text
    """Name of the skill."""
    kind: Literal["hard", "soft"]
    """hard (a technique, a tool) or soft (a way of working)."""
    subject: list[Line] = []
    """Words and phrases that name the skill's subject in a duty (any language, matched as whole words, case and
    accents aside): a role whose responsibility or typical day names one needs the skill as essential
    (`rolegen lint`, rule skill-need)."""


class Kpi(Model):
    """An indicator a role can be measured on."""

    id: Id
    """Identifier used in roles' kpis."""
    label: Text
    """Name of the indicator."""
    definition: Text
    """What it measures and how it is computed."""


class Background(Model):
    """Typical studies or a previous career."""

    id: Id
    """Identifier used in roles' backgrounds."""
    label: Text
    """Name of the background."""


class Team(Model):
    """A collaboration partner that is not a role of the knowledge base."""

    id: Id
    """Identifier used in roles' collaborations."""
    label: Text
    """Name of the team."""
    description: Text | None = None
    """Who they are."""


class SeniorityLevel(Model):
    """A level of experience a role can be held at (junior, confirmed, senior, lead)."""

    id: Id
    """Identifier used in roles' seniority; entries go from least to most experienced."""
    label: Text
    """Name of the level."""
    description: Text
    """What sets the level apart, whatever the role."""


class Term(Model):
    """A glossary entry for the jargon roles use."""

    id: Id
    """Identifier of the term."""
    label: Text
    """The term."""
    definition: Text
    """What it means."""
    aliases: list[Line] = []
    """Other forms under which the term appears in role texts (any language)."""
    pos: Literal["noun", "verb", "adjective"] | None = None
    """Part of speech of the term. A noun is not linked right after a subject pronoun or an infinitive marker
    ("il veille", "to display"): there the same letters are a verb."""
    not_in: list[Line] = []
    """Phrases in which a form of the term means something else and stays plain ("veille à", "reporting line")."""


class Wording(Model):
    """A preferred term of the role texts, the words to write instead of it and why (vocabulary/wording.yml)."""

    id: Id
    """Identifier of the entry; findings of `rolegen lint` (rule wording) name it."""
    lang: Literal["fr", "en"]
    """The language of the texts the entry applies to."""
    prefer: Line
    """The term to write."""
    avoid: list[Line] = Field(min_length=1)
    """Forms not to write, matched as whole words in role texts, case and accents aside (list each inflected form);
    a quotation marked as such (« ... », "...") is left alone."""
    exceptions: list[Line] = []
    """Longer phrases that contain an avoided form and are right (a job title, both gender forms)."""
    why: Text
    """Why the avoided forms mislead the reader."""


VOCABULARIES: dict[str, type[Model]] = {
    "families": Family,
    "skills": Skill,
    "kpis": Kpi,
    "backgrounds": Background,
    "teams": Team,
    "glossary": Term,
    "seniority": SeniorityLevel,
    "sources": Source,
    "wording": Wording,
}
"""Vocabulary file stem -> entry model, in the order the files are read."""

OPTIONAL_VOCABULARIES = frozenset({"wording"})
"""Vocabularies a roles folder may leave out (read as empty)."""

ORDERED_VOCABULARIES = frozenset({"seniority"})
"""Vocabularies whose file order means something (least to most experienced): kept, not sorted by id."""
