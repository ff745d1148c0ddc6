"""Reflexes said absent "all" over, and said absent in some limbs only (stop 49, withdrawn).

"All reflexes absent" (G98-089, a Guillain-Barré picture) was made a synonym of generalised areflexia and withdrawn the
same stop: the synonym matched inside narrower lines ("all reflexes absent in lower limbs", "all jerks absent in legs"),
which then read as four-limb areflexia and moved a cauda equina picture to the conus with a Guillain-Barré flag (the
clinical review of stop 49). Also withdrawn: "can't climb the stairs" read as hip and knee extension weakness, which,
said of no side, counted against Guillain-Barré syndrome's two-sided reach (four development cases lost).
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from tests.test_localize_reader import local, read


@pytest.mark.parametrize(
    "phrase", ["all reflexes absent in lower limbs", "all jerks absent in legs", "absent reflexes throughout the legs"]
)
def test_reflexes_absent_in_the_legs_are_no_four_limb_areflexia(explorer: Explorer, phrase: str) -> None:
    names = {n for o in read(explorer, phrase) if o.present for n in local(list(o.findings))}
    assert "generalised_areflexia" not in names, (phrase, names)
