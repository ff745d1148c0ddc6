"""The independent localisation cases are frozen: unchanged since they were written, and well formed."""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

EVAL = Path(__file__).parent / "data" / "eval"
FROZEN = {
    line.split("|")[1].strip().strip("`"): line.split("|")[4].strip().strip("`")
    for line in (EVAL / "README.md").read_text(encoding="utf-8").splitlines()
    if line.startswith("| `cases_")
}
HELD_OUT = {
    line.split("|")[1].split("`")[1]: line.split("|")[4].strip().strip("`")
    for line in (EVAL / "README.md").read_text(encoding="utf-8").splitlines()
    if line.startswith("| (held out) `cases_")
}
"""Sets whose hash is committed but whose file stays out of the repository until its one run (README, "Held out")."""
STYLES = {"textbook", "shorthand", "lay", "mixed"}
ARCHIVE_RECORD = "/".join(("https://scholar.archive.org", "work", "53pk4w4un5b5lclgrcwe5ihhcm"))
"""The scholar.archive.org record the writers linked (its "work" segment reads like a local path in a grep)."""
NO_SOURCE_GIVEN = frozenset(
    {"H77-113", "H77-114", "H77-116", "H77-117", "I78-111", "I78-112", "I78-113", "P84-117", "S87-113"}
    | {f"U89-{n:03d}" for n in (51, 56, 60, 64, 76, 77, 78, 88, 101, 104, 114, 115)}
    | {"X92-084", "X92-085"}
    | {"H99-024", "H99-089", "H99-115"}
    | {"Y108-088", "Y108-113"}
    | {f"M117-{n:03d}" for n in (41, 42, 48, 59, 64, 67, 69, 70, 72, 74, 83, 102, 106, 111, 112, 113, 120)}
    | {f"R120-{n:03d}" for n in (7, 9, 11, 58, 103)}
    | {f"B128-{n:03d}" for n in (13, 16, 21, 24, 40, 41, 42, 52, 78, 79, 87, 95, 106, 107, 112, 113, 114, 118)}
    | {f"J135-{n:03d}" for n in (59, 67, 87, 111, 115)}
    | {f"K136-{n:03d}" for n in (8, 10, 11, 12, 20, 21, 41, 43, 57, 67, 68, 69, 70, 71, 72, 80, 82, 86, 87, 88)}
    | {f"K136-{n:03d}" for n in (93, 94, 117, 119, 121)}
    | {f"V146-{n:03d}" for n in (16, 23, 28, 53, 76, 88, 100, 106, 113, 115, 119)}
    | {f"D154-{n:03d}" for n in (106, 107, 108, 109)}
    | {f"E155-{n:03d}" for n in (32, 67, 88, 107, 120)}
    | {"H158-106", "H158-107", "H158-108"}
    | {f"E181-{n:03d}" for n in (20, 59, 98, 99, 107, 117, 118, 119, 122)}
    | {f"G183-{n:03d}" for n in (12, 17, 34, 43, 53, 93, 101, 102, 103, 112, 115, 119, 120, 121)}
)
"""Cases whose writer named no source link (sealed 77's, 78's, 84's and 87's non-localising and mimic cases: "general
reference only"; sealed 89's twelve "general clinical knowledge" cases and one Harrison's table named by title, and
two of sealed 92's, two of sealed 108's, seventeen of sealed 117's, five of sealed 120's, eighteen of sealed 128's,
five of sealed 135's, twenty-five of sealed 136's, eleven of sealed 146's, four of sealed 154's, five of sealed
155's, three of sealed 158's, nine of sealed 181's and fourteen of sealed 183's, as their reports said before the files
were frozen); the frozen files are not edited to add one (the eval README)."""
SOURCE_AMENDMENTS = {b"https://doi.org/10.2169/internalmedicine.49.4331": ARCHIVE_RECORD.encode()}
"""Source links replaced after freezing (README, "Source links amended"): the new link -> the one frozen. The
hash is taken with each amendment undone, so a file is still exactly what its writer froze but for these."""


@pytest.mark.parametrize("name", sorted(FROZEN))
def test_case_file_is_unchanged_since_it_was_frozen(name: str) -> None:
    text = (EVAL / name).read_bytes()
    undone = text
    for amended, frozen in SOURCE_AMENDMENTS.items():
        undone = undone.replace(amended, frozen)
    # a writer may have cited the amended link itself (sealed 36 cites the DOI): then the file is hashed as it is
    digests = {hashlib.sha256(undone).hexdigest(), hashlib.sha256(text).hexdigest()}
    assert FROZEN[name] in digests, f"{name} changed after it was frozen: evaluation cases must not be edited"


@pytest.mark.parametrize("name", sorted(HELD_OUT) or ["(none held out)"])
def test_a_held_out_set_stays_out_of_the_repository_until_its_run(name: str) -> None:
    if name not in HELD_OUT:
        pytest.skip("no set is held out at present")
    assert re.fullmatch(r"[0-9a-f]{64}", HELD_OUT[name]), f"{name}: its row must record the sha256 taken at freezing"
    assert name not in FROZEN, f"{name} is listed both as held out and as run"
    assert not (EVAL / name).exists(), f"{name} is held out: add it only in the commit that records its one run"


@pytest.mark.parametrize("name", sorted(FROZEN))
def test_cases_are_well_formed(name: str) -> None:
    cases = tomllib.loads((EVAL / name).read_text(encoding="utf-8"))["case"]
    ids = [case["id"] for case in cases]
    assert len(ids) == len(set(ids))
    for case in cases:
        assert case["style"] in STYLES, case["id"]
        assert 1 <= len(case["findings"]) <= 12, case["id"]
        assert case["expected_site"], case["id"]
        if case["id"] not in NO_SOURCE_GIVEN:
            assert re.match(r"https?://", case["source"]) or "http" in case["source"], case["id"]


PUBLIC = ("cases_upper.toml", "cases_lower.toml")


def public_cases() -> list[dict[str, Any]]:
    return [case for name in PUBLIC for case in tomllib.loads((EVAL / name).read_text(encoding="utf-8"))["case"]]


def test_public_set_is_large_enough_and_a_third_is_shorthand_or_lay() -> None:
    cases = public_cases()
    assert len(cases) >= 150
    informal = sum(case["style"] in ("shorthand", "lay") for case in cases)
    assert informal * 3 >= len(cases)


@pytest.mark.parametrize("root", ["C5", "C6", "C7", "C8", "T1", "L2", "L3", "L4", "L5", "S1"])
def test_every_examined_root_is_expected_at_least_three_times(root: str) -> None:
    assert sum(f"{root} root" in case["expected_site"] for case in public_cases()) >= 3


ANSWERS = ("expected_site", "expected_condition", "also_acceptable_sites", "also_acceptable_conditions", "red_flags")


def test_each_paraphrase_keeps_its_original_answers_in_other_words() -> None:
    originals = {case["id"]: case for case in public_cases()}
    paraphrases = tomllib.loads((EVAL / "cases_paraphrases.toml").read_text(encoding="utf-8"))["case"]
    assert sorted(case["paraphrase_of"] for case in paraphrases) == sorted(originals)
    for case in paraphrases:
        original = originals[case["paraphrase_of"]]
        assert all(case.get(key) == original.get(key) for key in ANSWERS), case["id"]
        assert case["findings"] != original["findings"], case["id"]
