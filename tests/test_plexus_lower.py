"""The lumbosacral plexus: every lower-limb nerve's roots run through its elements (issue 11, item 2)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.ask.sparql import select

R = "https://w3id.org/radix/"
UP = "(radix:formedFrom|radix:branchOf)+/radix:partOf*"

_LOWER_LIMB_NERVES = (
    f"""SELECT DISTINCT ?nerve WHERE {{ ?nerve a radix:PeripheralNerve ; {UP} radix:lumbosacral_plexus }}"""
)
_ROOTS = """SELECT ?nerve ?root WHERE { ?nerve a radix:PeripheralNerve ; radix:formedFromRoot ?root }"""
_THROUGH = """ASK {
  ?nerve (radix:formedFrom|radix:branchOf|radix:partOf)* ?element .
  { ?element a radix:PlexusElement ; radix:formedFrom ?root }
  UNION { ?element a radix:NervePlexus ; radix:formedFromRoot ?root } }"""


def _ask(store: ox.Store, query: str, **values: str) -> bool:
    answer = store.query(
        "PREFIX radix: <https://w3id.org/radix/> " + query,
        substitutions={ox.Variable(k): ox.NamedNode(R + v) for k, v in values.items()},
    )
    assert isinstance(answer, ox.QueryBoolean)
    return bool(answer)


def _lower_limb_nerves(store: ox.Store) -> set[str]:
    return {row["nerve"].value.removeprefix(R) for row in select(store, _LOWER_LIMB_NERVES)}


@pytest.mark.parametrize(
    "nerve",
    ["femoral_nerve", "obturator_nerve", "lateral_femoral_cutaneous_nerve", "saphenous_nerve", "iliohypogastric_nerve",
     "ilioinguinal_nerve", "genitofemoral_nerve", "sciatic_nerve", "tibial_division_of_sciatic_nerve",
     "common_fibular_division_of_sciatic_nerve", "tibial_nerve", "common_fibular_nerve", "deep_fibular_nerve",
     "superficial_fibular_nerve", "sural_nerve", "superior_gluteal_nerve", "inferior_gluteal_nerve",
     "posterior_femoral_cutaneous_nerve", "pudendal_nerve", "nerve_to_piriformis"],
)  # fmt: skip
def test_each_lower_limb_nerve_reaches_the_lumbosacral_plexus(store: ox.Store, nerve: str) -> None:
    assert nerve in _lower_limb_nerves(store), f"{nerve} does not reach the lumbosacral plexus"


def test_every_root_of_every_lower_limb_nerve_runs_through_a_plexus_element(store: ox.Store) -> None:
    nerves = _lower_limb_nerves(store)
    missing = [
        (row["nerve"].value.removeprefix(R), row["root"].value.removeprefix(R))
        for row in select(store, _ROOTS)
        if row["nerve"].value.removeprefix(R) in nerves
        and not _ask(store, _THROUGH, nerve=row["nerve"].value.removeprefix(R), root=row["root"].value.removeprefix(R))
    ]
    assert missing == [], f"nerve roots not reached through the plexus: {missing}"


def test_l4_and_l5_fibres_of_sacral_plexus_nerves_run_through_the_lumbosacral_trunk(store: ox.Store) -> None:
    via_trunk = f"ASK {{ ?nerve {UP} radix:lumbosacral_trunk }}"
    sacral = f"ASK {{ ?nerve {UP} radix:sacral_plexus }}"
    checked = []
    for row in select(store, _ROOTS):
        nerve, root = row["nerve"].value.removeprefix(R), row["root"].value.removeprefix(R)
        if root in ("L4_root", "L5_root") and _ask(store, sacral, nerve=nerve):
            assert _ask(store, via_trunk, nerve=nerve), f"{nerve} carries {root} but not through the lumbosacral trunk"
            checked.append(nerve)
    assert {"sciatic_nerve", "tibial_nerve", "common_fibular_nerve", "superior_gluteal_nerve"} <= set(checked)


def test_femoral_and_obturator_nerves_come_from_the_posterior_and_anterior_divisions(store: ox.Store) -> None:
    assert _ask(store, "ASK { radix:femoral_nerve radix:formedFrom radix:posterior_divisions_of_lumbar_plexus }")
    assert _ask(store, "ASK { radix:obturator_nerve radix:formedFrom radix:anterior_divisions_of_lumbar_plexus }")
    assert not _ask(store, f"ASK {{ radix:femoral_nerve {UP} radix:sacral_plexus }}")


def test_the_sciatic_divisions_supply_the_hamstrings_and_the_short_head(store: ox.Store) -> None:
    assert _ask(
        store,
        "ASK { radix:biceps_femoris_short_head radix:innervatedByNerve"
        " radix:common_fibular_division_of_sciatic_nerve }",
    )
    assert _ask(store, "ASK { radix:semitendinosus radix:innervatedByNerve radix:tibial_division_of_sciatic_nerve }")
    assert _ask(store, "ASK { radix:tibial_nerve radix:branchOf radix:tibial_division_of_sciatic_nerve }")


def test_whether_t12_joins_the_lumbar_plexus_is_recorded_as_contested_with_a_consensus(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT ?variant ?consensus WHERE {
             ?a radix:inContest radix:contest_lumbar_plexus_roots ; radix:variant ?variant .
             OPTIONAL { ?a radix:consensus ?consensus } }""",
    )
    variants = {row["variant"].value: "consensus" in row for row in rows}
    assert set(variants) == {"L1-L4", "T12-L4"}
    assert (
        select(store, "SELECT ?v WHERE { radix:contest_lumbar_plexus_roots radix:consensusVariant ?v }")[0]["v"].value
        == "L1-L4"
    )
