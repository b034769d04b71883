"""The checker on real job ads and real discriminatory passages (tests/fixtures/ads/real/, when present).

The real corpus is split once, by source, into a tuning half (``tune/``: the rules were tuned on it) and a test
half (``test/``: read only as the summary figures below). The thresholds are the figures the checker reached when
the corpus was merged, not the goals of the project (90 % substantive recall, 97 % formal recall, at most 2 % of
lawful ads with a wrong error or warning): see docs/explanation/checker-figures.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rolegen.adcheck.evaluate import FORMAL, SUBSTANTIVE, Summary, load_cases, run_case
from rolegen.adcheck.model import CATEGORIES

REAL = Path(__file__).resolve().parent / "fixtures" / "ads" / "real"
THRESHOLDS = {
    # half: (substantive recall at least, formal recall at least, lawful cases with an error or warning at most)
    # tune, after the fourth round (one-sex wording, other criteria, lawful ads; 1,556 cases, 1,094 lawful):
    # 371/420 substantive, 151/156 formal, 22/1,094 false positives (before it: 238/277, 142/143, 2/652);
    # test (286 cases, 195 lawful): 61/79, 20/26, 8/195 (before the fourth round: 60/79, 20/26, 11/195).
    # tune after the fifth round (one-sex wording, other criteria, lawful whole ads; 1,920 cases, 1,397 lawful):
    # 422/478, 186/192, 26/1,397; test 63/79, 20/26, 8/195. The test threshold keeps one case of margin: a Perpignan
    # ad quoted on the test side shares its frame, a negated recruiting verb, with a rule of that round.
    # tune after the sixth round (34 quoted passages, 298 French and 231 English whole ads; 2,511 cases, 1,909
    # lawful): 447/505, 208/218, 28/1,909; test 63/79, 20/26, 7/195. Formal falls under 96 %: of the Welcome to the
    # Jungle file's 26 one-sex titles the checker misses 5, four of them doubtful (only an adjective is masculine:
    # « Data Engineer Expérimenté », « Ingénieur LLM Confirmé.e »).
    # tune after the seventh round's French passages on the criteria other than sex (51 cases, 35 lawful; 2,562
    # cases, 1,944 lawful): 466/525, 208/218, 26/1,944; test unchanged (63/79, 20/26, 7/195).
    # tune after the seventh round (185 NHS Jobs ads, 182 lawful; 2,696 cases, 2,091 lawful): 449/508, 208/218,
    # 28/2,091 (the new file fresh: 22/182 lawful flagged, after: 0/182); test 63/79, 20/26, 7/195.
    # the seventh round merged (2,755 cases, 2,194 lawful): 502/561, 216/223, 21/2,194; test 63/79, 20/26, 7/195.
    # the eighth round merged (Morocco, Côte d'Ivoire, Malaysia/Singapore/Indonesia ads, quoted passages, form fields;
    # 3,362 cases, 2,641 lawful): 649/721, 216/223, 33/2,641; test 63/79, 20/26, 7/195.
    # the ninth round merged (one-sex wording labelled wherever the job is, in the eighth round's ads too; France
    # Travail, Glassdoor/Indeed/LinkedIn France, Germany and Sweden ads; 3,825 cases, 3,016 lawful): 659/730,
    # 237/249, 28/3,016; test 63/79, 20/26, 7/195. Formal falls under 96 %: of the 19 one-sex labels added abroad,
    # the checker misses 4, three of them doubtful (a feminine in a masculine list, garbled text) and one behind a
    # heading glued to its sentence.
    # the tenth round merged (Welcome to the Jungle ads of 2026, France Travail offers of 2025; 4,163 cases, 3,263
    # lawful): 665/736, 318/336, 30/3,263; test 63/79, 20/26, 7/195. Formal falls under 95 %: of the 87 new formal
    # labels, the checker misses 7 (a French-then-English ad read as one paragraph, mid-title adjectives, a feminine
    # noun in an H/F title, « elle participe »).
    # the eleventh round merged (France Travail offers of every trade, quoted passages; 4,418 cases, 3,495 lawful),
    # with the French version read in blocks and « être » before a feminine quality: 688/760, 321/337, 30/3,495;
    # test 63/79, 20/26, 7/195.
    # the thirteenth round merged (Khaleej Times ads for jobs in the UAE, MarocAnnonces ads for jobs in Morocco; 4,932
    # cases, 3,874 lawful): 813/886, 362/383, 35/3,874; test 63/79, 20/26, 7/195. Formal falls under 95 %: of the 33
    # new formal labels (one-sex wording abroad), the checker misses 4: two doubtful (« une juriste » far from its
    # verb, a job noun in a line the layout glued to the next), a feminine heading far from its adjectives, and a
    # word joined to the next in lower case (« Foremanfor »).
    # the fifteenth round merged (France Travail offers of 2025, Indeed ads in English, the France Travail offers the
    # checker flagged; 5,496 cases, 4,324 lawful), with every start of a rule's exceptions tried: 941/1,027, 357/382,
    # 38/4,324; test 64/79, 20/26, 7/195. Formal falls under 94 %: of the 6 new formal labels, the checker misses 3,
    # all doubtful (a feminine adjective after a doubled title with H/F, « elle » after « le/la garant(e) », « her
    # unit » in an English ad).
    # the sixteenth round merged (France Travail offers in Paris, MyJobMag ads in Kenya; 5,746 cases, 4,561 lawful),
    # with level adjectives anywhere in a title and the round before's misses taken up: 962/1,040, 362/383, 39/4,561;
    # test 64/79, 20/26, 7/195.
    # the seventeenth round merged (France Travail offers in the Creuse and the Lozère, Jobberman ads in Nigeria;
    # 5,996 cases, 4,754 lawful), with a feminine title noun read even with H/F and words a lost line break joined
    # split before a short word or after an acronym: 1,020/1,096, 376/391, 39/4,754; test 64/79, 21/26, 7/195.
    # the eighteenth round merged (random samples of La Bonne Alternance offers and JobsDB Hong Kong ads; 6,296
    # cases, 4,861 lawful), with a start month or a telephone number no publication date: 1,069/1,147, 531/545,
    # 39/4,861; test 64/79, 21/26, 7/195.
    # the nineteenth round merged (random samples of jemepropose.com small ads and South African job-board ads; 6,592
    # cases, 4,973 lawful), with a list's lead-in and the recruiter's client: 1,106/1,188, 729/759, 39/4,973 (form
    # back to 0.95: the small ads' titles hold most of the formal problems left); test 64/79, 21/26, 7/195.
    # the twenty-first round merged (random samples of Welcome to the Jungle data-engineering ads and Dutch job-board
    # ads; 7,162 cases, 5,450 lawful), with a job asked in one gender in the body read as one-sex wording, as the
    # labelling rule says: test 64/79, 22/26, 7/195 (form up from 0.8 to 0.84).
    # the twenty-third round merged (random samples of Adzuna France openings and of English ads for jobs in India and
    # Singapore; 7,762 cases, 6,012 lawful), with ad-wide exceptions and Markdown's escapes: 1,154/1,238, 823/847,
    # 43/6,012; test 64/79, 22/26, 6/195.
    "tune": (0.9, 0.95, 0.01),
    "test": (0.78, 0.84, 0.036),
}


def _cases(half: str):
    folder = REAL / half
    assert folder.is_dir(), folder
    cases = load_cases(folder, recursive=True)
    assert cases, folder
    return cases


@pytest.mark.parametrize("half", list(THRESHOLDS))
def test_the_real_corpus_is_well_formed(half: str) -> None:
    cases = _cases(half)
    assert len({c.id for c in cases}) == len(cases)
    for case in cases:
        assert case.scope in ("ad", "fragment") and case.lang in ("fr", "en"), case.id
        assert case.expect <= set(CATEGORIES), case.id
        assert case.country is None or len(case.country) == 2, case.id


@pytest.mark.parametrize("half", list(THRESHOLDS))
def test_the_real_corpus_figures(half: str) -> None:
    summary = Summary([run_case(case) for case in _cases(half)])
    substantive, formal, lawful = THRESHOLDS[half]
    found, labels = summary.group(SUBSTANTIVE)
    assert found >= substantive * labels, summary.figures()
    found, labels = summary.group(FORMAL)
    assert found >= formal * labels, summary.figures()
    assert len(summary.false_positives) <= lawful * len(summary.clean), summary.figures()


def test_the_evaluation_command_reads_one_file_and_refuses_what_it_does_not_know(capsys) -> None:
    from rolegen.adcheck.evaluate import main

    one = REAL / "tune" / "passages-ddd-1.yml"
    expected = len(load_cases(one))
    assert expected and main(["--summary", str(one)]) in (0, 1)
    out = capsys.readouterr().out
    assert out.startswith(f"{expected} cases") and "ddd" not in out  # figures only, no case named
    for wrong in (["--nope"], [str(REAL / "no-such-file.yml")]):
        with pytest.raises(SystemExit) as stop:
            main(wrong)
        assert stop.value.code == 2
        assert "usage:" in capsys.readouterr().err
