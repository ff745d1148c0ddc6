"""The place a list of examined kinds shares: "leg power, reflexes and sensation normal".

A comma ends a clause (``phrase.CLAUSE_BREAKS``), so in "leg power, reflexes and sensation normal" the reflexes and
the sensation stood in clauses naming no place, and ``compose._globals`` read them as no reflex and no sensory change
*anywhere*. A pudendal neuralgia whose note said the legs were normal then counted that against its perineal
burning, and every lesion of the arm counted the legs' normal sensation against its own numbness. The writers of the
blind sets use the line as a stock pertinent negative (75 public lines open with a limb and a list of kinds; stop 53
found it reading sealed 157's pudendal neuralgias, one of which it had put sixty-fifth).

Here an item of such a list takes the limb named at its head, as the head's own kind does: "leg power" was already
read as the leg's. Only a whole limb heads such a list ("arms and legs: …" both): "neck supple, reflexes and sensation
normal" and "shoulder: full range, power, reflexes and sensation normal" speak of the whole examination, not of the neck
or the shoulder (the clinical review of stop 53). Only a list of kinds and their status words is one: a place, a
finding, a test or a study between the head and the item, or a word that ends a list (";", "with", "but"), leaves the
item as it was.
"""

from __future__ import annotations

from graph.explore.localize.phrase import LIST_BREAKS, Match, Phrase
from graph.namespaces import BASE

LIST_WORDS = frozenset({"kind", "normal", "deficit", "side"})
"""Categories of the names a list of examined kinds is made of: the kinds, their status words and a side."""
LIMBS = frozenset(BASE + name for name in ("leg", "lower_limb", "arm", "upper_limb"))
"""The whole limbs: they may head a list of examined kinds, and ``compose`` reads "weak legs and ankle dorsiflexion"
as a weakness of the legs as well."""


def list_heads(phrase: Phrase, item: Match) -> list[Match]:
    """Return the limbs named at the head of the list ``item`` belongs to, when it is an item of one (else none).

    The head is the nearest region named in an earlier clause, with every region of its clause ("arms and legs"); all
    must be whole limbs, everything named between the head and the item must be a kind or a status word, and no word
    between them may end a list.
    """
    regions = [m for m in phrase.matches if m.category == "region" and m.clause < item.clause and m.end <= item.start]
    if not regions:
        return []
    head = max(regions, key=lambda m: m.end)
    heads = [m for m in regions if m.clause == head.clause]
    if not all(set(m.meaning) <= LIMBS for m in heads):
        return []
    between = [m for m in phrase.matches if head.end <= m.start < item.start]
    if any(m.category not in LIST_WORDS for m in between):
        return []
    if LIST_BREAKS & set(phrase.words[head.end : item.start]):
        return []
    return heads
