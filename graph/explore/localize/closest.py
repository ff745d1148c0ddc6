"""The reader's fallback: a phrase, or a clause, that no name matched word for word, read by its closest name.

A phrase nothing else read is read as the finding whose name (or synonym) it matches best, when the match
scores at least :data:`LOOSE`; a clause left unread beside others is read likewise at :data:`LOOSE_CLAUSE`.
How it was read is said in the phrase's ``how`` ("closest name: knee effusion (85)"). The match is denied when
NegEx negates the whole phrase, when the phrase opens with "no" or "not", when one of NegEx's preceding triggers
reaches a word of its name in the clause that names it best (:class:`Denials`: "denies dysphagia"), or when that
clause denies it otherwise: opening with "no", or in other words (:func:`denies_in_other_words`: "not swollen",
"painless", a field that is "none").
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from graph.explore.localize.baseline import BASELINE_DROPPED
from graph.explore.localize.findings import FINDING_TYPES
from graph.explore.localize.not_examined import UNTESTED_DROPPED
from graph.explore.localize.note_text import AGE_DROPPED
from graph.explore.localize.observation import Observation
from graph.explore.localize.phrase import Phrase, clause_words
from graph.explore.search import Hit, SearchIndex

if TYPE_CHECKING:
    from graph.explore.localize.vocabulary import Vocabulary

LOOSE = 80.0
"""The least name-match score at which a phrase that nothing else read counts as that finding."""

LOOSE_CLAUSE = 85.0
"""The least score at which an unmatched clause of a phrase read otherwise counts as a finding: higher than
:data:`LOOSE`, because such a clause adds an observation beside others rather than saving a phrase from being
unread ("little radicular pain" scores 80 against "radicular arm pain", "sensory loss" 80 against
"dissociated sensory loss")."""

PAINLESS = frozenset({"painless", "pain-free", "painfree"})
"""Words that say a movement or a part is without pain."""

PAINFUL = frozenset({"painful", "pain", "hurts", "sore", "tender"})
"""Words that say something is painful: beside them "painless" speaks of another movement ("flexion pain-free,
extension painful")."""

NONE_WORDS = frozenset({"none", "nil", "no"})
"""A clause's last word that says its field holds nothing ("Anticoagulants: none"; "nil" is read as "no")."""

FUNCTION_WORDS = frozenset({"on", "of", "the", "at", "in", "to", "with", "by", "and", "or", "a", "an", "for", "over"})
"""Words of a name that name nothing ("calf cramp on walking"): a "not" before them denies nothing of it."""

MODIFYING = frozenset({"side", "kind", "deficit", "normal"})
"""Categories of matched words that say something of a name (its side, kind or status) and read nothing alone."""


@dataclass(frozen=True)
class Denials:
    """NegEx's own preceding and termination triggers (negspacy's clinical English termset and ``vocabulary.py``'s).

    A phrase read by its closest name has no matched entity for NegEx to scope, so NegEx never saw "denies dysphagia"
    (stop 55's late review: it read as bulbar symptoms present). The entity here is each word of the clause that shares
    a stem with the name's content words; a preceding trigger before one denies it unless a termination comes between
    ("no falls; dysphagia to solids"); a pseudo-trigger ("not improving", "not able") is none, and a trigger after the
    name ("dysphagia without choking") denies nothing of it, as in NegEx; a heading naming it first does not stop a
    denial after ("dysphagia screen: denies dysphagia"). Stop 56's reviews found a scan of the whole clause denying
    both. A history turned round later in the phrase, the name said again after a turn word ("denied dysphagia on
    admission, now dysphagic": :data:`TURN_WORDS`), is not denied; "denies dysphagia now" still is.
    """

    preceding: frozenset[tuple[str, ...]]
    terminations: frozenset[tuple[str, ...]]
    pseudo: frozenset[tuple[str, ...]] = frozenset()

    def deny(self, words: list[str], name: str, phrase: list[str]) -> bool:
        """Return True when a preceding trigger in ``words`` reaches a word of the name and ``phrase`` turns nothing."""
        stems = _stems(name)
        scope = reached = False
        for start, word in enumerate(words):
            if _starts(words, start, self.pseudo):
                continue
            if word[:STEM] in stems and scope:
                reached = True
            if _starts(words, start, self.preceding):
                scope = True
            elif scope and _starts(words, start, self.terminations):
                scope = False
        return reached and not _turned(phrase, stems)


TURN_WORDS = frozenset({"now", "but", "however", "yet", "still", "though", "although"})
"""Words that turn a history round after a denial ("previously denied, now reports …"), as ``negation_words.TERMINATE``
says of "now"."""

STEM = 5
"""Letters a clause word shares with a name's word to be that word ("dysphagic" for "dysphagia")."""


def _stems(name: str) -> set[str]:
    """Return the stems of a name's content words."""
    return {word[:STEM] for word in name.lower().split() if word not in FUNCTION_WORDS}


def _turned(phrase: list[str], stems: set[str]) -> bool:
    """Return True when the name is said again after a turn word ("…, now dysphagic")."""
    turns = [i for i, word in enumerate(phrase) if word in TURN_WORDS]
    return bool(turns) and any(word[:STEM] in stems for word in phrase[turns[0] + 1 :])


def _starts(words: list[str], start: int, triggers: frozenset[tuple[str, ...]]) -> bool:
    """Return True when one of the trigger word tuples starts at ``start``."""
    return any(tuple(words[start : start + len(trigger)]) == trigger for trigger in triggers)


class ClosestNames:
    """Reads phrases and clauses by the closest finding name of the search index."""

    def __init__(self, index: SearchIndex, vocabulary: Vocabulary | None = None) -> None:
        self.index = index
        self.denials = (
            Denials(vocabulary.preceding_negations, vocabulary.terminations, vocabulary.pseudo_negations)
            if vocabulary
            else Denials(frozenset(), frozenset())
        )
        """NegEx's triggers (the reader's vocabulary's termset), for phrases no NegEx entity covers."""

    def phrase(self, phrase: Phrase) -> list[Observation]:
        """Read a phrase that nothing else read as its closest finding, or as nothing when none is close enough.

        Not a phrase whose finding the note attributes to age (``note_text.AGE_DROPPED``), nor one with a test said not
        done (``not_examined.UNTESTED_DROPPED``) or a finding said to be the baseline (``baseline.BASELINE_DROPPED``):
        that was read, and dropped.
        """
        if {AGE_DROPPED, UNTESTED_DROPPED, BASELINE_DROPPED} & set(phrase.how):  # read, and dropped: not read again
            return []
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
            words = clause_words(phrase, clause)
            if len(words) < 2 or any(w.startswith("?") for w in words):
                continue  # "?diabetic amyotrophy" is a question, not a finding
            hits = self.index.search(" ".join(words), limit=1, types=FINDING_TYPES, min_score=LOOSE_CLAUSE)
            if hits:
                phrase.how.append(f"'{' '.join(words)}': closest name {hits[0].matched} ({hits[0].score:.0f})")
                negated = (
                    opens_negated(words)
                    or self.denials.deny(words, hits[0].matched, phrase.words)
                    or denies_in_other_words(words, hits[0].matched, phrase.words)
                )
                observations.append(
                    Observation(phrase.text, not negated, "finding", (hits[0].iri,), side=side, how=tuple(phrase.how))
                )
        return observations

    def _denied_in_its_clause(self, phrase: Phrase, hit: Hit) -> bool:
        """Return True when the clause that names a closest-name hit best denies it ("knee stable, no effusion").

        Each clause is searched on its own; the hit's name belongs to the clause it matches best, and only that
        clause's denial counts ("TTP at lateral epicondyle; no tenderness over the supinator" keeps the first).
        A single clause is the whole phrase.
        """
        if len(set(phrase.clauses)) < 2:
            return denies_in_other_words(phrase.words, hit.matched) or self.denials.deny(
                phrase.words, hit.matched, phrase.words
            )
        best: tuple[float, bool] = (0.0, False)
        for clause in sorted(set(phrase.clauses)):
            words = clause_words(phrase, clause)
            found = self.index.search(" ".join(words), limit=10, types=FINDING_TYPES, min_score=0)
            score = max((h.score for h in found if h.iri == hit.iri), default=0.0)
            denied = (
                opens_negated(words)
                or denies_in_other_words(words, hit.matched, phrase.words)
                or self.denials.deny(words, hit.matched, phrase.words)
            )
            if score > best[0] or (score == best[0] > 0 and denied):  # a tie goes to the clause that denies it
                best = (score, denied)
        return best[1]


def denies_in_other_words(words: list[str], name: str, phrase: list[str] | None = None) -> bool:
    """Return True when words deny the closest name without opening with "no".

    "Knee joint not swollen" (a content word of the name after "not"), "neck ROM painless" and "lumbar flexion
    pain-free" (a name of pain, said to be without it and nowhere with it), "anticoagulants: none" (a field whose
    value is none): each had read as the finding present. ``phrase`` is the whole phrase the clause ``words`` are
    from: a pain word anywhere in it keeps "painless" from denying a pain ("flexion pain-free, extension painful").
    """
    named = set(name.lower().split()) - FUNCTION_WORDS
    if any(word in named for before, word in pairwise(words) if before in ("not", "non")):
        return True
    if "pain" in named and PAINLESS & set(words) and not PAINFUL & set(phrase or words):
        return True
    return len(words) > 1 and words[-1] in NONE_WORDS


def opens_negated(words: list[str]) -> bool:
    """Return True when a phrase or clause opens with "no" or "not", after any heading ("MRI: no …")."""
    heading = words.index(":") + 1 if ":" in words[:4] else 0
    return words[heading : heading + 1] in (["no"], ["not"])
