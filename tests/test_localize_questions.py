"""Triage scripts' questions and answers (``questions.py``): the answer says whether the question's finding is there."""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.explore.localize import questions
from graph.load.store import oxigraph_store
from tests.test_localize_reader_kinds import reads_as


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("Q: any leg weakness? A: no", "no leg weakness"),
        ("Q: fever or night sweats? A: none", "no fever or night sweats"),
        ("Q: trouble passing water? A: no, going normally", "no trouble passing water; going normally"),
        ("Q: numb between the legs? A: yes, 'since this morning'", "numb between the legs; since this morning"),
        ("Q: can you walk on your toes? A: 'not on the left'", "can't walk on your toes on the left"),
        ("Q: walking OK? A: 'I keep tripping'", "walking: I keep tripping"),
        ("Q: sneezing? A: 'makes it shoot down my arm'", "sneezing makes it shoot down my arm"),
        ("Q: does sitting help? A: 'no difference'", "sitting help: no difference"),
        ("saddle anaesthesia: no", "no saddle anaesthesia"),
        ("Anticoagulants - nil", "no Anticoagulants"),
        ("urinary retention: yes", "urinary retention"),
    ],
)
def test_an_answer_is_read_with_its_question(item: str, said: str) -> None:
    how: list[str] = []
    assert questions.rewrite(item, how) == said
    assert how and said in how[0]


def test_a_line_that_is_no_question_is_left_alone() -> None:
    how: list[str] = []
    assert questions.rewrite("Quads 4/5 L: is that all? no", how) == "Quads 4/5 L: is that all? no"
    for line in ("MRI: no", "Mr Smith - no", "Pain 8/10 - no", "Plantars downgoing: no"):
        assert questions.rewrite(line, how) == line  # a study, a person, a number, a sign named by its direction
    assert how == []


@pytest.mark.parametrize(
    ("item", "named", "present"),
    [
        ("Q: numbness around the back passage or trouble passing water? A: no", "urinary_retention", False),
        ("Q: numbness between the legs? A: yes, 'I can't feel the paper when I wipe'", "saddle_anaesthesia", True),
        ("Q: a drooping eyelid or one pupil smaller? A: no", "horner_syndrome", False),
        ("Q: can you stand on your heels? A: 'not on the left'", "difficulty_walking_on_heels", True),
        ("Q: any pins and needles elsewhere? A: 'in the little finger as well'", "little_finger", True),
        ("Q: passing water? A: 'hardly anything comes'", "urinary_retention", True),
        ("saddle anaesthesia: no", "saddle_anaesthesia", False),
        ("urinary retention: no", "urinary_retention", False),
        ("saddle anaesthesia - nil", "saddle_anaesthesia", False),
        ("saddle sensation: none", "saddle_anaesthesia", True),
        ("retention: yes", "urinary_retention", True),
    ],
)
def test_a_denied_red_flag_reads_as_absent(explorer: Explorer, item: str, named: str, present: bool) -> None:
    """A "no" answer denies the question's finding.

    Read whole, "Q: numbness around the back passage? A: no" had said the red flag was present (the "no" comes
    after the finding, where NegEx does not look).
    """
    reads_as(explorer, item, named, present)
