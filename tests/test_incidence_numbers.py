"""How common each condition is (issue 12 item 1): ontology/numbers/incidence.tsv read as data and as loaded.

The table gives the localisation engine priors from sources: one measure for rates (``annual_incidence``,
per 100,000 person-years) and a separate ``prevalence`` (a proportion) where only that is published. These
tests hold the table to that: every row is about a condition of the graph, carries one of the two units,
has a plausible value and a reference a reader can open (and that was opened), disagreeing sources are kept
side by side, and named rows keep the figures their sources print.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.ask.sparql import Term, select
from graph.load.store import load_graph
from graph.load.templates import SourceFileError
from graph.namespaces import BASE
from tests.test_store import NUMBER_HEADER

TABLE = Path(__file__).resolve().parents[1] / "ontology" / "numbers" / "incidence.tsv"
UNITS = {"annual_incidence": "per 100000 person-years", "prevalence": "proportion"}


def rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


ROWS = rows()


def local(term: Term) -> str:
    return str(term.value).removeprefix(BASE)


@pytest.fixture(scope="module")
def conditions(store: ox.Store) -> set[str]:
    """Every entity the graph types as a condition (a subclass of radix:Condition, transitively)."""
    answer = select(store, "SELECT DISTINCT ?c WHERE { ?c a/rdfs:subClassOf* radix:Condition }")
    return {local(row["c"]) for row in answer}


def test_the_table_covers_the_conditions_weighed_against_a_radiculopathy() -> None:
    covered = {row["subject"] for row in ROWS}
    assert len(covered) >= 35
    for condition in (
        "cervical_radiculopathy", "lumbosacral_radiculopathy", "carpal_tunnel_syndrome", "ulnar_neuropathy_at_elbow",
        "meralgia_paraesthetica", "neuralgic_amyotrophy", "diabetic_amyotrophy", "cauda_equina_syndrome",
        "cervical_myelopathy", "guillain_barre_syndrome", "motor_neuron_disease", "length_dependent_polyneuropathy",
        "herpes_zoster", "spinal_epidural_abscess", "hip_osteoarthritis", "greater_trochanteric_pain_syndrome",
        "vascular_claudication",
    ):  # fmt: skip
        assert condition in covered, condition


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_each_row_is_a_plausible_rate_or_prevalence_of_a_graph_condition(
    row: dict[str, str], conditions: set[str]
) -> None:
    assert row["subject"] in conditions, f"{row['subject']} is not a condition of the graph"
    assert row["target"] == row["subject"], "a condition's own incidence or prevalence"
    assert row["unit"] == UNITS[row["measure"]], f"{row['measure']} is counted {UNITS[row['measure']]!r}"
    value = float(row["value"])
    ceiling = 100_000.0 if row["measure"] == "annual_incidence" else 1.0
    assert 0 < value < ceiling
    if row["ci_low"]:
        assert 0 < float(row["ci_low"]) <= value <= float(row["ci_high"]) < ceiling
    assert row["population"] and row["source_figure"], "who was studied and the figure as printed"


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_each_row_cites_a_reference_a_reader_can_open_and_that_was_opened(row: dict[str, str], store: ox.Store) -> None:
    for source in row["sources"].split("|"):
        [answer] = select(
            store,
            f"""SELECT ?url ?locator ?checked WHERE {{
                  radix:{source} a radix:Reference ; schema:url ?url ; radix:locator ?locator ;
                  radix:howChecked ?checked }}""",
        )
        checked, url = (str(answer[key].value) for key in ("checked", "url"))
        assert checked.startswith("opened and read on "), f"{source}: a number is never cited from knowledge"
        assert url.startswith("http")


def test_every_row_is_loaded_as_a_measurement_with_its_unit(store: ox.Store) -> None:
    answer = select(
        store,
        """SELECT ?m ?unit WHERE { VALUES ?kind { radix:annual_incidence radix:prevalence }
             ?m a radix:Measurement ; radix:measure ?kind ; radix:unit ?unit }""",
    )
    loaded = {local(row["m"]): str(row["unit"].value) for row in answer}
    for row in ROWS:
        assert loaded.get(row["id"]) == row["unit"], row["id"]


@pytest.mark.parametrize(
    ("number", "condition", "value"),
    [
        ("inc_carpal_tunnel_olmsted", "carpal_tunnel_syndrome", "376"),
        ("inc_carpal_tunnel_wisconsin", "carpal_tunnel_syndrome", "346"),
        ("inc_ulnar_elbow_siena", "ulnar_neuropathy_at_elbow", "24.7"),
        ("inc_gbs_denmark", "guillain_barre_syndrome", "1.77"),
        ("inc_mnd_europe", "motor_neuron_disease", "2.16"),
        ("inc_ces_scotland", "cauda_equina_syndrome", "2.7"),
        ("prev_mmn_austria", "multifocal_motor_neuropathy", "0.0000065"),
        ("prev_lumbosacral_radiculopathy_tarulli", "lumbosacral_radiculopathy", "0.04"),
        ("inc_lumbosacral_radicular_pain_gp_2015", "lumbosacral_radiculopathy", "940"),
    ],
)
def test_named_rows_keep_their_sources_figures(store: ox.Store, number: str, condition: str, value: str) -> None:
    [answer] = select(store, f"SELECT ?c ?v WHERE {{ radix:{number} radix:forCondition ?c ; radix:value ?v }}")
    assert local(answer["c"]) == condition
    assert float(str(answer["v"].value)) == float(value)


def test_disagreeing_sources_are_kept_side_by_side() -> None:
    """Neuralgic amyotrophy: 1.64 (Rochester records) against 100 (a prospective Dutch count), each with its source."""
    by_id = {row["id"]: row for row in ROWS}
    old, new = by_id["inc_neuralgic_amyotrophy_rochester"], by_id["inc_neuralgic_amyotrophy_primary_care"]
    assert old["subject"] == new["subject"] == "neuralgic_amyotrophy"
    assert (float(old["value"]), float(new["value"])) == (1.64, 100.0)
    assert old["sources"] != new["sources"]


def test_an_annual_incidence_in_another_unit_is_refused(mini_ontology: Path) -> None:
    """A figure printed per 1000 is restated per 100,000 in the table, never stored in its own unit."""
    cells = ("n1", "annual_incidence", "S1_radiculopathy", "S1_radiculopathy", "3.46", "", "", "per 1000 person-years",
             "people", "3.46 per 1000", "ref_gray", "ECO:0006017")  # fmt: skip
    (mini_ontology / "numbers").mkdir()
    (mini_ontology / "numbers" / "bad.tsv").write_text(NUMBER_HEADER + "\t".join(cells) + "\n", encoding="utf-8")
    with pytest.raises(SourceFileError, match="per 100000 person-years"):
        load_graph(mini_ontology)
