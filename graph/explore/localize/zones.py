"""Disc levels and zones -> the roots and structures a lesion there compresses, from the graph's herniations.

An imaging line names a disc level and perhaps a zone ("L4-L5 paracentral", "foraminal", "lateral recess"); the graph's
herniations and stenoses at that level and zone say which root that is (the crossing root in the subarticular zone,
the leaving root in the foramen, the cauda equina in the midline). Split from ``studies.py`` at stop 47, when the
lateral recess became a zone and a lesion compressing roots at several levels was narrowed to each level's root.
"""

from __future__ import annotations

from graph.explore.localize.anatomy import Anatomy
from graph.namespaces import BASE, RADIX

CENTRAL_ZONE = BASE + "central_zone"
"""The midline zone: a herniation there compresses the cauda equina as well as roots."""


class DiscZones:
    """The roots a lesion at each (disc level, zone) compresses, indexed once per projection."""

    def __init__(self, anatomy: Anatomy) -> None:
        self.anatomy = anatomy
        self.table = self._table()
        self._of_structure: dict[str, set[str]] = {}

    def _table(self) -> dict[tuple[str, str], set[str]]:
        """(disc level, zone) -> the roots a herniation there compresses and the structure it affects, from the graph.

        A central herniation at L4-L5 compresses the cauda equina as well as the roots the graph names for it: an
        imaging line showing one implicates the cauda equina (it had implicated only the roots, each in the cauda
        equina syndrome only as often as that syndrome involves it).
        """
        table: dict[tuple[str, str], set[str]] = {}
        for node in self.anatomy.G:
            levels = [level for level, _ in self.anatomy.out(node, RADIX.atDiscLevel)]
            zones = [zone for zone, _ in self.anatomy.out(node, RADIX.inZone)] or [""]
            roots = {root for root, _ in self.anatomy.out(node, RADIX.compressesRoot)}
            structures = {structure for structure, _ in self.anatomy.out(node, RADIX.affectsStructure)}
            for level in levels:
                for zone in zones:  # off the midline a zone is its roots' (the lateral recess is no herniation's)
                    table.setdefault((level, zone), set()).update(
                        self._at_level(roots, level, zone) | (structures if zone == CENTRAL_ZONE else set())
                    )
        return table

    def of_structure(self, structure: str) -> set[str]:
        """Return the zone of a structure off the midline: where the lesions narrowing it are (the lateral recess).

        A structure whose lesions are central (the cauda equina, a central herniation's) names no zone: the line's
        disc keeps its own reading.
        """
        if structure not in self._of_structure:
            zones = {
                zone
                for condition, _ in self.anatomy.into(structure, RADIX.affectsStructure)
                for zone, _ in self.anatomy.out(condition, RADIX.inZone)
            }
            self._of_structure[structure] = set() if CENTRAL_ZONE in zones else zones
        return self._of_structure[structure]

    def _at_level(self, compressed: set[str], level: str, zone: str) -> set[str]:
        """Return what a lesion compressing roots at several levels compresses at one level's zone.

        A lateral recess stenosis compresses L5 at L4-L5 and S1 at L5-S1: in the subarticular zone of one level it
        is the root crossing that level, in the foramen the root leaving there. A lesion naming no such root keeps
        all it names (a central herniation's cauda equina roots, the cervical roots, which cross no disc).
        """
        here = self._at_disc(level, zone) if _lateral(zone) or "paracentral" in zone else set()
        roots = {node for node in compressed if "NerveRoot" in self.anatomy.types(node)}
        return compressed - (roots - here) if roots & here else compressed

    def roots(self, discs: list[str], zones: set[str]) -> set[str]:
        """Return the roots and structures a lesion at these disc levels implicates (paracentral unless zoned)."""
        found: set[str] = set()
        for disc in discs:
            wanted = zones or {z for (d, z) in self.table if d == disc and "paracentral" in z} or {""}
            for zone in wanted:
                roots = self.table.get((disc, zone), set())
                found |= roots or self._at_disc(disc, zone)  # no herniation in this zone: who crosses or leaves
        return found

    def _at_disc(self, disc: str, zone: str) -> set[str]:
        """Return the roots that leave at a disc level (a foraminal or lateral zone) or cross it (any other zone)."""
        predicate = RADIX.exitsAtLevel if _lateral(zone) else RADIX.traversesLevel
        return {root for root, _ in self.anatomy.into(disc, predicate)}


def _lateral(zone: str) -> bool:
    """Return True for a zone off the canal's side (foraminal, far lateral), where the leaving root is."""
    return "lateral" in zone or "foraminal" in zone
