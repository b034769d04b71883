"""Gender-coded words: data, documented in docs/gender-coded-words.md.

Syntax of an entry: ``stem*`` matches every word that starts with the stem,
``word`` matches that word only, and words separated by spaces match that
sequence of words (``confiance en soi``). Matching ignores case; accents
count (``déterminé`` is not ``détermine``). A hyphenated entry matches a
hyphenated word as a whole; other hyphenated words are read part by part.
``EXCLUDED`` words and phrases never count, although a stem matches them.
"""

from __future__ import annotations

# Gaucher, Friesen & Kay (2011), Appendix A: the agentic (masculine-coded) and
# communal (feminine-coded) words of their job-ad studies. Spelling variants the
# paper did not list (co-operat*, inter-personal, self-confiden* without hyphen)
# are added so that a hyphen does not hide a word.
ENGLISH_MASCULINE = (
    "active", "adventurous", "aggress*", "ambitio*", "analy*", "assert*", "athlet*", "autonom*", "boast*",
    "challeng*", "compet*", "confident", "courag*", "decide", "decisive", "decision*", "determin*", "dominant",
    "domina*", "force*", "greedy", "headstrong", "head-strong", "hierarch*", "hostil*", "impulsive", "independen*",
    "individual*", "intellect*", "lead*", "logic", "masculine", "objective", "opinion", "outspoken", "persist",
    "principle*", "reckless", "stubborn", "superior", "self-confiden*", "self-relian*", "self-sufficien*",
    "selfconfiden*", "selfrelian*", "selfsufficien*",
)
ENGLISH_FEMININE = (
    "affectionate", "child*", "cheer*", "commit*", "communal", "compassion*", "connect*", "considerate",
    "cooperat*", "co-operat*", "depend*", "emotiona*", "empath*", "feminine", "flatterable", "gentle", "honest",
    "interpersonal", "interdependen*", "interpersona*", "inter-personal*", "inter-dependen*", "kind", "kinship",
    "loyal*", "modesty", "nag", "nurtur*", "pleasant*", "polite", "quiet*", "respon*", "sensitiv*", "submissive",
    "support*", "sympath*", "tender*", "together*", "trust*", "understand*", "warm*", "whin*", "yield*",
)
# "compet*" is meant for competitive / competition; a competence is a skill.
# "lead*" is meant for lead / leader / leadership; in marketing, a lead is a prospective customer, and these
# terms name that (lead generation is the field's word, and role texts use it).
ENGLISH_EXCLUDED = ("competen*", "lead generation", "lead management", "lead nurturing", "lead scoring",
                    "qualified lead*", "cost per lead", "sales lead*")

# Written for rolegen: French renderings of the same traits, as French job ads word
# them. Each line says which English entries it stands for; where the obvious
# French word is a marketing term or a job title, it is left out (see the docs).
FRENCH_MASCULINE = (
    "actif", "actifs", "active", "actives",                      # active
    "aventur*",                                                  # adventurous
    "agressi*", "agressivité",                                   # aggress*
    "ambitie*", "ambition*",                                     # ambitio*
    "analytique*",                                               # analy* (the trait, not the task)
    "assertif*", "assertive*", "assertivité",                    # assert*
    "athlét*", "sporti*",                                        # athlet*
    "autonome*", "autonomie",                                    # autonom*
    "vantard*",                                                  # boast*
    "challeng*", "défi", "défis",                                # challeng*
    "compétiti*", "compétition*", "esprit de compétition",       # compet*
    "sûr de soi", "sûre de soi", "confiance en soi",             # confident, self-confiden*
    "courag*",                                                   # courag*
    "décid*", "décisi*", "décisionn*",                           # decide, decisive, decision*
    "déterminé", "déterminée", "déterminés", "déterminées", "détermination",  # determin*
    "domina*", "dominer",                                        # dominant, domina*
    "force de proposition", "forcer", "forte personnalité",      # force*
    "avide*", "cupide*",                                         # greedy
    "têtu*", "obstiné*", "entêté*",                              # headstrong, stubborn
    "hiérarch*",                                                 # hierarch*
    "hostil*",                                                   # hostil*
    "impulsi*",                                                  # impulsive
    "indépendan*",                                               # independen*
    "individualis*", "individuel*",                              # individual*
    "intellect*",                                                # intellect*
    "leader*", "leadership", "meneur*", "meneuse*", "diriger",   # lead*
    "logique*",                                                  # logic
    "masculin*",                                                 # masculine
    "objectivité",                                               # objective (the trait, not a goal)
    "opinion*", "franc-parler", "franc-parlers",                 # opinion, outspoken
    "persévér*", "persistan*", "opiniâtre*",                     # persist
    "principes",                                                 # principle*
    "téméraire*", "imprudent*",                                  # reckless
    "supériorité",                                               # superior
    "débrouillard*", "autosuffisan*",                            # self-relian*, self-sufficien*
    "combati*", "conquérant*", "gagneur*", "gagneuse*",          # French ad idioms of the same agentic kind
)
FRENCH_FEMININE = (
    "affectueu*",                                                # affectionate
    "enfant*",                                                   # child*
    "joyeu*", "enjoué*", "bonne humeur",                         # cheer*
    "engagé", "engagée", "engagés", "engagées",                  # commit* (the trait, not "engagement")
    "compassion*", "compatissan*",                               # compassion*
    "à l écoute", "attentionné*", "prévenan*",                   # considerate, understand*
    "coopér*",                                                   # cooperat*
    "émotionn*",                                                 # emotiona*
    "empath*",                                                   # empath*
    "féminin*",                                                  # feminine
    "flatteu*",                                                  # flatterable
    "doux", "douce", "douces", "douceur",                        # gentle
    "honnête*",                                                  # honest
    "relationnel*", "interpersonn*",                             # interpersonal
    "interdépendan*",                                            # interdependen*
    "gentil*", "gentillesse", "bienveillan*",                    # kind
    "loyal*", "loyauté",                                         # loyal*
    "modeste*", "modestie", "humble*", "humilité",               # modesty
    "râleu*",                                                    # nag
    "prendre soin", "chaleureu*",                                # nurtur*, warm*
    "agréable*",                                                 # pleasant*
    "poli", "polie", "polis", "polies", "politesse",             # polite
    "calme", "discret", "discrète", "discrets", "discrètes", "discrétion",  # quiet*
    "sensible", "sensibles", "sensibilité",                      # sensitiv*
    "soumis", "soumise*", "soumission",                          # submissive
    "soutien*", "souten*", "accompagn*",             # support*
    "sympath*",                                                  # sympath*
    "tendresse",                                                 # tender*
    "esprit d équipe", "solidaire*", "solidarité",               # together*, communal
    "confiance",                                                 # trust*
    "compréhensif*", "compréhensive*",                           # understand*
    "pleurnich*",                                                # whin*
    "conciliant*",                                               # yield*
)
FRENCH_EXCLUDED = ()

LISTS = {
    "en": (ENGLISH_MASCULINE, ENGLISH_FEMININE, ENGLISH_EXCLUDED),
    "fr": (FRENCH_MASCULINE, FRENCH_FEMININE, FRENCH_EXCLUDED),
}
"""Language -> (masculine-coded, feminine-coded, excluded) entries."""
