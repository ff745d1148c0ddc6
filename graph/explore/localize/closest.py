"""The reader's fallback: a phrase, or a clause, that no name matched word for word, read by its closest name.

A phrase nothing else read is read as the finding whose name (or synonym) it matches best, when the match
scores at least :data:`LOOSE`; a clause left unread beside others is read likewise at :data:`LOOSE_CLAUSE`.
How it was read is said in the phrase's ``how`` ("closest name: knee effusion (85)"), and the match is denied
when the phrase, or the clause that names it, opens with "no" or "not".
"""

from __future__ import annotations

from itertools import pairwise

from graph.explore.localize.findings import FINDING_TYPES
from graph.explore.localize.observation import Observation
from graph.explore.localize.phrase import CLAUSE_BREAKS, Phrase
from graph.explore.search import Hit, SearchIndex

LOOSE = 80.0
"""The least name-match score at which a phrase that nothing else read counts as that finding."""

LOOSE_CLAUSE = 85.0
"""The least score at which an unmatched clause of a phrase read otherwise counts as a finding: higher than
:data:`LOOSE`, because such a clause adds an observation beside others rather than saving a phrase from being
unread ("little radicular pain" scores 80 against "radicular arm pain", "sensory loss" 80 against
"dissociated sensory loss")."""

PAINLESS = frozenset({"painless", "pain-free", "painfree"})
"""Words that say a movement or a part is without pain."""

MODIFYING = frozenset({"side", "kind", "deficit", "normal"})
"""Categories of matched words that say something of a name (its side, kind or status) and read nothing alone."""


class ClosestNames:
    """Reads phrases and clauses by the closest finding name of the search index."""

    def __init__(self, index: SearchIndex) -> None:
        self.index = index

    def phrase(self, phrase: Phrase) -> list[Observation]:
        """Read a phrase that nothing else read as its closest finding, or as nothing when none is close enough."""
        hits = self.index.search(phrase.text, limit=1, types=FINDING_TYPES, min_score=LOOSE)
        if not hits:
            return []
        negated = (
            (bool(phrase.negex) and all(phrase.negex))
            or opens_negated(phrase.words)
            or self._denied_in_its_clause(phrase, hits[0])
        )
        phrase.how.append(f"closest name: {hits[0].matched} ({hits[0].score:.0f})")
        return [Observation(phrase.text, not negated, "finding", (hits[0].iri,), how=tuple(phrase.how))]

    def unmatched_clauses(self, phrase: Phrase, side: str) -> list[Observation]:
        """Read, by the closest name, each clause of a phrase in which no name was matched.

        "76F, burning band-like pain around the R chest": the age is read, and the clause after it, which no
        name matches word for word, would be dropped without a word; :meth:`phrase` (for a phrase with no match
        at all) reads such a clause on its own.
        """
        matched = {m.clause for m in phrase.matches if m.category not in MODIFYING}
        observations: list[Observation] = []
        for clause in sorted(set(phrase.clauses) - matched):
            words = _clause_words(phrase, clause)
            if len(words) < 2 or any(w.startswith("?") for w in words):
                continue  # "?diabetic amyotrophy" is a question, not a finding
            hits = self.index.search(" ".join(words), limit=1, types=FINDING_TYPES, min_score=LOOSE_CLAUSE)
            if hits:
                phrase.how.append(f"'{' '.join(words)}': closest name {hits[0].matched} ({hits[0].score:.0f})")
                negated = opens_negated(words) or denied_by_its_words(words, hits[0].matched)
                observations.append(
                    Observation(phrase.text, not negated, "finding", (hits[0].iri,), side=side, how=tuple(phrase.how))
                )
        return observations

    def _denied_in_its_clause(self, phrase: Phrase, hit: Hit) -> bool:
        """Return True when the clause that names a closest-name hit best denies it ("knee stable, no effusion").

        Each clause is searched on its own; the hit's name belongs to the clause it matches best, and only that
        clause's "no" denies it ("TTP at lateral epicondyle; no tenderness over the supinator" keeps the first).
        """
        if len(set(phrase.clauses)) < 2:
            return denied_by_its_words(phrase.words, hit.matched)
        best: tuple[float, bool] = (0.0, False)
        for clause in sorted(set(phrase.clauses)):
            words = _clause_words(phrase, clause)
            found = self.index.search(" ".join(words), limit=10, types=FINDING_TYPES, min_score=0)
            score = max((h.score for h in found if h.iri == hit.iri), default=0.0)
            denied = opens_negated(words) or denied_by_its_words(words, hit.matched)
            if score > best[0] or (score == best[0] > 0 and denied):  # a tie goes to the clause that denies it
                best = (score, denied)
        return best[1]


def denied_by_its_words(words: list[str], name: str) -> bool:
    """Return True when the phrase denies the closest name in so many words, though it does not open with "no".

    "Knee joint not swollen" (a word of the name after "not"), "neck ROM painless" and "lumbar flexion pain-free"
    (a name of pain, said to be without it), "anticoagulants: none": each had read as the finding present.
    """
    named = set(name.lower().split())
    if any(word in named for before, word in pairwise(words) if before in ("not", "non")):
        return True
    if "pain" in named and PAINLESS & set(words):
        return True
    return bool({"none", "nil"} & set(words[1:]))


def opens_negated(words: list[str]) -> bool:
    """Return True when a phrase read by its closest name opens with "no" or "not", after any heading ("MRI: no …")."""
    heading = words.index(":") + 1 if ":" in words[:4] else 0
    return words[heading : heading + 1] in (["no"], ["not"])


def _clause_words(phrase: Phrase, clause: int) -> list[str]:
    """Return the words of one clause of a phrase, without the words that break clauses."""
    words = [w for w, c in zip(phrase.words, phrase.clauses, strict=True) if c == clause]
    return [w for w in words if w not in CLAUSE_BREAKS]
