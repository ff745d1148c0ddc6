"""What the engine keeps across and within requests (stop 38, for speed) changes no answer.

``NoteReader.read`` keeps each phrase's reading and ``Model.columns`` each observation's terms for every hypothesis
across requests, made of each finding's terms for every hypothesis (kept as the finding terms are, stop 41);
``Parsimony.silence`` shares one term among the hypotheses with the same units within a request, and keeps it across
requests by what the note says of the units' territory (stop 40); ``Site.covered_key`` is found once per site. Each is
checked against the same work done afresh.
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.explore.localize import model as model_module
from graph.explore.localize import parsimony as parsimony_module
from graph.explore.localize import reader as reader_module
from graph.explore.localize.lesion import Site
from graph.explore.localize.parsimony import Silence
from graph.load.store import oxigraph_store
from graph.namespaces import BASE

NOTES = [
    ["AJ absent R", "numb lateral foot R", "PF 4/5 R", "KJ 2+ sym", "no saddle anaesthesia"],
    ["weak grip and finger abduction L", "numb little finger L", "Horner's L", "triceps jerk normal"],
    ["saddle numbness", "urinary retention", "both ankle jerks absent", "bilateral sciatica"],
    ["numbness over the lateral forearm", "biceps jerk reduced", "deltoid and wrist extensors 5/5"],
    ["ascending weakness of both legs", "areflexia", "CSF protein 1.8 g/L", "recent diarrhoea"],
]
"""Notes of one and two sides, of one unit and of several (the parsimony term weighs them), and urgent ones."""


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def test_kept_columns_give_the_answer_found_afresh(explorer: Explorer) -> None:
    model = explorer.localizer.model
    model._columns.clear()
    explorer.localizer.reader._readings.clear()
    fresh = [explorer.localize(note) for note in NOTES]
    assert model._columns, "the columns of the notes' observations are kept"
    again = [explorer.localize(note) for note in reversed(NOTES)][::-1]  # each note after the others' columns
    assert again == fresh


def test_kept_columns_are_the_models_terms_and_are_bounded(explorer: Explorer, monkeypatch: pytest.MonkeyPatch) -> None:
    model = explorer.localizer.model
    observations = explorer.localizer.read(NOTES[0]).observations
    columns = model.columns(observations)
    assert any(len(observation.findings) > 1 for observation in observations), "'AJ absent': two findings"
    for observation, column in zip(observations, columns, strict=True):
        assert list(column) == [model.term(h, observation) for h in model.hypotheses]  # the likeliest, its words
    assert {finding for o in observations for finding in o.findings} <= model._finding_columns.keys()
    monkeypatch.setattr(model_module, "KEPT_COLUMNS", 2)
    model._columns.clear()
    model.columns(observations)  # more observations than may be kept: dropped whenever the bound is met
    assert len(model._columns) <= 2


def test_a_kept_reading_is_the_reading_found_afresh(explorer: Explorer, monkeypatch: pytest.MonkeyPatch) -> None:
    reader = explorer.localizer.reader
    phrases = [phrase for note in NOTES for phrase in note]
    reader._readings.clear()
    fresh = [reader.read(phrase) for phrase in phrases]
    again = [reader.read(phrase) for phrase in phrases]
    assert again == fresh and len(reader._readings) == len(set(phrases))
    observations, how = reader.read(phrases[0])
    observations.clear()  # a caller changing what it was given changes nothing kept
    how.clear()
    assert reader.read(phrases[0]) == fresh[0]
    monkeypatch.setattr(reader_module, "KEPT_READINGS", 3)
    reader._readings.clear()
    assert [reader.read(phrase) for phrase in phrases] == fresh  # dropped whenever the bound is met, read again
    assert len(reader._readings) <= 3


def test_a_shared_silence_is_the_silence_found_alone(explorer: Explorer) -> None:
    model = explorer.localizer.model
    parsimony = model.parsimony
    for note in NOTES:
        said = parsimony.said(explorer.localizer.read(note).observations)
        memo: dict[str, tuple[bool, bool]] = {}
        found: dict[int, Silence] = {}
        shared = [parsimony.silence(h, said, memo, found) for h in model.hypotheses]
        alone = [parsimony.silence(h, said) for h in model.hypotheses]
        assert shared == alone
    weighed = [h for h in model.hypotheses if parsimony.weighed(h)]
    assert weighed and len({id(parsimony.units(h)) for h in weighed}) < len(weighed), "equal units share one tuple"


def test_a_kept_silence_is_the_silence_found_alone(explorer: Explorer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Silences kept across notes (stop 40: by what each note says of the lesion's territory) are each note's own."""
    model = explorer.localizer.model
    parsimony = model.parsimony
    weighed = [h for h in model.hypotheses if parsimony.weighed(h)]
    saids = [parsimony.said(explorer.localizer.read(note).observations) for note in NOTES]
    for order in (saids, saids[::-1]):  # each note after the others' terms were kept
        for said in order:
            found: dict[int, Silence] = {}
            kept = [parsimony.silence(h, said, {}, found) for h in weighed]
            assert kept == [parsimony.silence(h, said) for h in weighed]
    # two notes that differ only in the arm share every leg lesion's term: the second finds them kept
    leg = ["AJ absent R", "numb lateral foot R", "PF 4/5 R"]
    parsimony._kept.clear()
    first = parsimony.said(explorer.localizer.read(leg).observations)
    for h in weighed:
        parsimony.silence(h, first, {}, {})
    found_first = len(parsimony._kept)
    second = parsimony.said(explorer.localizer.read([*leg, "grip and finger abduction normal L"]).observations)
    for h in weighed:
        parsimony.silence(h, second, {}, {})
    assert len(parsimony._kept) < 2 * found_first, "the arm's line changed no leg lesion's key"
    monkeypatch.setattr(parsimony_module, "KEPT_SILENCES", 5)
    parsimony._kept.clear()
    for said in saids:
        assert [parsimony.silence(h, said, {}, {}) for h in weighed] == [parsimony.silence(h, said) for h in weighed]
    assert len(parsimony._kept) <= 5


def test_a_sites_covered_key_drops_its_coverings_only() -> None:
    cauda = BASE + "cauda_equina"
    covered = Site("radix:cauda_equina+radix:leptomeninges", "cauda equina, leptomeninges", "cauda equina",
                   (cauda, BASE + "leptomeninges"))  # fmt: skip
    assert covered.covered_key == "radix:cauda_equina"
    alone = Site("radix:leptomeninges", "leptomeninges", "structure", (BASE + "leptomeninges",))
    assert alone.covered_key == alone.key  # a covering alone is its own place
    root = Site("radix:S1_root", "S1 nerve root", "root", (BASE + "S1_root",))
    assert root.covered_key == root.key
