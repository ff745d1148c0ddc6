"""Read a clinician's note, one phrase at a time, into observations, showing how each phrase was read.

A phrase is read in four steps:

1. **Identifiers.** A Radix CURIE or IRI, or an external CURIE mapped to Radix (``HP:0003438``), is
   the finding it names. An HPO term more specific than any Radix maps is matched through the HPO
   ``rdfs:subClassOf`` links the store holds (a patient with the child has the parent).
2. **Rewriting.** Clinic shorthand, lay words, MRC and reflex grades and disc levels are rewritten
   token by token from the tables of ``shorthand.py`` ("AJ 0 R" -> "ankle jerk absent right").
3. **Matching and negation.** The graph's names and the clinic lexicon are matched
   (``vocabulary.py``); NegEx (negspacy, clinical English rules) marks which are negated.
4. **Composition.** A named finding is an observation; anatomy (a muscle, movement, reflex or skin
   region) takes the nearest kind word and status word of its clause ("heel" + "spared": normal
   sensation at the heel); a study line (MRI, EMG, NCS) becomes an imaging or electrodiagnostic
   observation with what it implicates; kinds with no anatomy and a normal status are global
   normals ("no sensory loss"); activities with "worse"/"eased" are modifiers.

A phrase that yields nothing, and a clause no name matched, is read by its closest finding name
(``closest.py``); failing that the phrase is returned unresolved with the closest names as suggestions,
never dropped.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from graph.explore.localize import (
    dictation,
    exam_words,
    grades,
    inability,
    lay,
    levels,
    limb_grades,
    muscle_words,
    note_text,
    quantities,
    questions,
    residual,
    shorthand,
    vascular_words,
)
from graph.explore.localize.anatomy import Anatomy
from graph.explore.localize.closest import ClosestNames
from graph.explore.localize.compose import Composer
from graph.explore.localize.findings import FINDING_TYPES, Findings
from graph.explore.localize.note_context import bare_rotation, with_the_shoulder
from graph.explore.localize.observation import Observation, Reading, one_per_finding
from graph.explore.localize.onset import said_sudden, with_sudden_sign
from graph.explore.localize.phrase import CLAUSE_BREAKS, Match, Phrase, carry_negation, side_of
from graph.explore.localize.regions import normal_regions
from graph.explore.localize.second_side import named_again
from graph.explore.localize.sides import plural_undone, sides_last, without_compared_side
from graph.explore.localize.signs import LoneSigns, test_names
from graph.explore.localize.studies import Studies
from graph.explore.localize.vocabulary import SPAN_KEY, Vocabulary, make_doc
from graph.explore.search import Hit, SearchIndex

REFLEX_WORDS = frozenset({"jerk", "jerks", "reflex", "reflexes", "response", "responses"})
"""Words after which a grade ("2+", "0") is a reflex grade."""
GRADE_AFTER = frozenset({"bilateral", "right", "left", "vs", "versus"})
"""Words after which a grade is a reflex grade too ("AJ R 1+", "1+ vs 2+")."""
TIME_UNITS = frozenset({"mo", "mos", "mth", "mths", "month", "months", "wk", "wks", "week", "weeks", "yr", "yrs",
                        "year", "years", "day", "days", "hr", "hrs", "hours", "min", "mins"})  # fmt: skip
"""Units after which a number is a duration, not a grade: "numb skin between R big and 2nd toe 2 mo" (stop 45: the
"R 2" had read as a normal reflex grade, denying the numbness)."""

CASED_FIRST = frozenset(cased[0] for cased in shorthand.CASED)
"""First letters of the case-dependent tokens (a token starting otherwise needs no look)."""

HISTORY_TYPES = frozenset({"RiskFactor"})
"""Finding types that are history items: a side named in their phrase is not theirs."""
KEPT_READINGS = 4096
"""How many phrases' readings ``NoteReader.read`` keeps (a bound on memory, not a parameter of the reader)."""


class NoteReader:
    """Reads phrases against one projection; builds its vocabulary once."""

    def __init__(self, anatomy: Anatomy, findings: Findings, index: SearchIndex,
                 hpo_parents: dict[str, set[str]] | None = None) -> None:  # fmt: skip
        self.anatomy = anatomy
        self.G = anatomy.G
        self.findings = findings
        self.index = index
        self.vocabulary = Vocabulary(anatomy.G)
        self.closest = ClosestNames(index, self.vocabulary)
        self.signs = LoneSigns(test_names(_finding_names(anatomy, findings)))
        self.hpo_parents = hpo_parents or {}
        self.composer = Composer(anatomy, findings, Studies(anatomy, self.vocabulary))
        self._readings: dict[tuple[str, bool], tuple[tuple[Observation, ...], tuple[str, ...]]] = {}
        """Each phrase's reading, kept across requests (``read``): notes repeat their phrases."""

    # ---- identifiers -------------------------------------------------------------------------

    def identifier(self, text: str) -> tuple[list[str], list[str]] | None:
        """Resolve a CURIE or IRI, also after a recorder's label (``note_text``): (findings, how), or None if none."""
        text, how = note_text.after_a_recorder(text)
        if " " in text or ":" not in text:
            return None
        hits = self.index.resolve_identifier(text)
        how = [*how, f"identifier {text}"]
        if not hits and text.upper().startswith("HP:"):
            hits, ancestor = self._through_hpo(text)
            if hits:
                how.append(f"no Radix mapping; matched through its HPO ancestor {ancestor}")
        found = [hit.iri for hit in hits if FINDING_TYPES & set(hit.types)]
        if hits and not found:
            how.append(f"{hits[0].label} is not a finding")
        elif found:
            how.append("maps to " + ", ".join(self.G.nodes[f]["label"] for f in found))
        return found, how

    def _through_hpo(self, text: str) -> tuple[list[Hit], str]:
        """Walk up the HPO hierarchy from a term until an ancestor maps to Radix (breadth first)."""
        start = "http://purl.obolibrary.org/obo/" + text.upper().replace(":", "_")
        frontier, seen = [start], {start}
        while frontier:
            next_level = []
            for term in frontier:
                for parent in sorted(self.hpo_parents.get(term, ())):
                    if parent in seen:
                        continue
                    seen.add(parent)
                    curie = "HP:" + parent.rsplit("_", 1)[-1]
                    hits = self.index.resolve_identifier(curie)
                    if hits:
                        return hits, curie
                    next_level.append(parent)
            frontier = next_level
        return [], ""

    # ---- rewriting ------------------------------------------------------------------------------

    def rewrite(self, text: str) -> tuple[list[str], list[str]]:
        """Return the phrase's words with shorthand and lay words rewritten, and the rewrites made."""
        how: list[str] = []
        text = questions.rewrite(text, how)  # "Q: numbness around the bottom? A: no": the answer negates the question
        text = limb_grades.compared(note_text.tidy(text, how), how)  # "arms 2/5, legs 4/5": arms weaker
        text = self.signs.rewrite(text, how)  # "SLR -, slump -", "FABER +": the sign after a test
        text = muscle_words.rewrite(text, how)  # "felt a pop in the back of my thigh": a hamstring strain's words
        text = vascular_words.rewrite(text, how)  # "L calf 3 cm larger than R": a deep vein thrombosis's words
        text = " ".join(self._cased(token, how) for token in text.split(" "))
        raw = dictation.rewrite(self.vocabulary.words(text, keep_filler=True), how)
        raw = inability.contract(quantities.rewrite(raw, how), how)  # "he could not lift the arm": a loss
        raw = grades.field_status(
            grades.sides_apart(
                grades.tendon_reflexes(_slashes(exam_words.calf_squeeze(levels.rewrite(raw, how), how), how))
            )
        )
        words: list[str] = []
        index = 0
        while index < len(raw):
            if raw[index] == "both" and not _both_sides(raw[index + 1 :], raw[max(0, index - 3) : index]):
                how.append("'both … and' read as a coordination, not as both sides")
                index += 1
                continue
            for size in shorthand.PHRASE_SIZES.get(raw[index], ()):  # the longest first
                key = tuple(raw[index : index + size])
                if key in shorthand.PHRASES:
                    meaning = shorthand.PHRASES[key]
                    how.append(f"'{' '.join(key)}' read as '{meaning}'")
                    words.extend(_meaning_words(meaning))
                    words.extend(  # "lift my left arm"; not "my arm right up over my head"
                        lay.SIDES[word]
                        for word, following in zip(key, (*key[1:], ""), strict=True)
                        if word in lay.SIDES and (word, following) not in shorthand.NOT_A_SIDE
                    )
                    index += size
                    break
            else:
                token = raw[index]
                if token not in shorthand.FILLER:
                    words.extend(self._token(token, words, how, tuple(raw[index + 1 : index + 3])))
                index += 1
        words = without_compared_side([word for word in words if word not in shorthand.FILLER], how)
        words = grades.pain_before_its_path(words)
        if shorthand.STUDY_WORDS.keys() & set(words):
            return words, how
        return named_again(sides_last(words), how), how

    @staticmethod
    def _cased(token: str, how: list[str]) -> str:
        """Rewrite a token whose meaning depends on its case ("LT": light touch, "US": ultrasound)."""
        if token[:1] not in CASED_FIRST and "/" not in token:
            return token  # no cased word can start or end it
        for cased, meaning in shorthand.CASED.items():
            if token == cased or (token.startswith(cased) and not token[len(cased)].isalnum()):
                how.append(f"'{cased}' read as '{meaning}'")
                return meaning + token[len(cased) :]
            if token.endswith("/" + cased):
                how.append(f"'{cased}' read as '{meaning}'")
                return token[: -len(cased)] + meaning
        return token

    def _token(self, token: str, before: list[str], how: list[str], following: tuple[str, ...] = ()) -> list[str]:
        volume = _number(token.removesuffix("ml")) if residual.is_residual(token, before, following) else None
        if volume is not None:  # "PVR 700 mL", "residual volume 60 mL"
            meaning = residual.meaning(volume)
            how.append(f"post-void residual {token} read as '{meaning}'")
            # a clause of its own: in "no saddle anaesthesia, PVR 800 mL" the "no" denies no retention
            return [";", *meaning.split()]
        after_reflex = before and (
            before[-1] in REFLEX_WORDS | GRADE_AFTER or (before[-1] == "," and not REFLEX_WORDS.isdisjoint(before))
        )  # "AJ absent L, 2+ R": a grade after a comma in a phrase about reflexes grades the reflex on that side
        if token == "/" and not REFLEX_WORDS.isdisjoint(before):  # "KJ 1+ R / 2+ L": one side, then the other
            how.append("'/' between the sides of a reflex read as a comma")
            return [","]
        if token in shorthand.REFLEX_GRADES and after_reflex and not TIME_UNITS.intersection(following[:1]):
            meaning = shorthand.REFLEX_GRADES[token]
            how.append(f"reflex grade '{token}' read as '{meaning}'")
            return [meaning]
        if "/" in token and all(part in shorthand.TOKENS for part in token.split("/")):
            parts = [shorthand.TOKENS[part] for part in token.split("/")]  # "KJ/AJ": knee jerk and ankle jerk
            how.append(f"'{token}' read as '{' and '.join(parts)}'")
            return " and ".join(parts).split()
        if token in shorthand.UNITS and before and _number(before[-1]) is not None:
            return [token]  # "6.2 ms": milliseconds, not multiple sclerosis
        if token in shorthand.TOKENS and shorthand.TOKENS[token] != token:
            meaning = shorthand.TOKENS[token]
            how.append(f"'{token}' read as '{meaning}'")
            return list(_meaning_words(meaning))
        return [token]

    # ---- reading -------------------------------------------------------------------------------

    def read_all(self, phrases: list[str], excluded: list[str] | None = None) -> Reading:
        """Read every phrase (and every excluded feature, as absent); unreadable ones go to ``unresolved``.

        A note naming a left or right side is read again without ``sides.both_by_plural`` when that rule made
        anything two-sided (``sides.plural_undone``): "right sciatica", then "pain in legs", is the right leg's.
        """
        reading = self._read_lines(phrases, excluded, plural=True)
        if plural_undone(reading.observations):
            reading = self._read_lines(phrases, excluded, plural=False)
        return reading

    def _read_lines(self, phrases: list[str], excluded: list[str] | None, *, plural: bool) -> Reading:
        reading = Reading()
        for position, (text, forced_absent) in enumerate(
            [*((p, False) for p in phrases), *((p, True) for p in excluded or [])]
        ):
            observations, how = self.read(text, plural=plural)
            shoulder = None
            if not forced_absent and bare_rotation(text):  # the other lines are read only for a bare rotation
                others = [self.rewrite(p)[0] for i, p in enumerate(phrases) if i != position]
                shoulder = with_the_shoulder(text, others)
            if shoulder is not None:  # a bare rotation in a note about the arm: the shoulder's (``note_context``)
                observations, _ = self.read(shoulder, plural=plural)
                said = "the rotation read as the shoulder's: the line or the note speaks of the arm, not the leg"
                observations = [replace(o, phrase=text, how=(*o.how, said)) for o in observations]
            if forced_absent:
                observations = [_absent(o, "excluded") for o in observations]
            if observations:
                reading.observations.extend(observations)
            else:
                suggestions = [hit.as_dict() for hit in self.index.search(text, limit=3, min_score=50.0)]
                reading.unresolved.append({"phrase": text, "suggestions": suggestions, "how": how})
        if reading.observations and said_sudden(phrases):  # a droop or slurred speech of sudden onset (``onset``)
            reading.observations = [with_sudden_sign(o) for o in reading.observations]
        return reading

    def read(self, text: str, *, plural: bool = True) -> tuple[list[Observation], list[str]]:
        """Read one phrase: its observations (possibly none) and how it was read.

        A phrase's reading depends on its words alone (the note's other lines are read apart, by ``read_all``), so
        it is kept: at most :data:`KEPT_READINGS`, all dropped when that many are.
        """
        kept = self._readings.get((text, plural))
        if kept is None:
            if len(self._readings) >= KEPT_READINGS:
                self._readings.clear()
            observations, how = self._read(text, plural)
            kept = self._readings[text, plural] = (tuple(observations), tuple(how))
        return list(kept[0]), list(kept[1])

    def _read(self, text: str, plural: bool = True) -> tuple[list[Observation], list[str]]:
        text = " ".join(text.split())
        identified = self.identifier(text)
        if identified is not None:
            found, how = identified
            return [
                Observation(text, True, "finding", tuple(found), how=tuple(how), source="identifier")
            ] if found else [], how
        words, how = self.rewrite(text)
        if not words:
            return [], [*how, "no words to read"]
        phrase = Phrase(text, words, how=how, both_by_plural=plural)
        self._annotate(phrase)
        observations = [self._unsided(o) for o in self.composer.compose(phrase)]
        observations += normal_regions(phrase)
        if not observations:
            observations = self.closest.phrase(phrase)
        else:
            side = side_of(phrase.matches)
            observations += [self._unsided(o) for o in self.closest.unmatched_clauses(phrase, side)]
        return one_per_finding(observations), phrase.how

    def _unsided(self, observation: Observation) -> Observation:
        """Drop the side of a history item ("L breast ca"): the side is the cancer's, not the finding's."""
        if (
            observation.side
            and observation.findings
            and all(HISTORY_TYPES & set(self.G.nodes[f].get("types", ())) for f in observation.findings)
        ):
            return replace(observation, side="")
        return observation

    def _annotate(self, phrase: Phrase) -> Doc:
        """Match the phrase's names, mark which NegEx negates, and number its clauses.

        The matched names are handed to NegEx (as a span group) only when the phrase has a word a negation
        trigger can start with: a phrase without such a word has nothing for it to negate.
        """
        vocabulary = self.vocabulary
        doc = make_doc(vocabulary.nlp.vocab, phrase.words)
        matched = vocabulary.match(doc)
        negated = [False] * len(matched)
        if matched and not vocabulary.negation_words.isdisjoint(phrase.words):
            doc.spans[SPAN_KEY] = [Span(doc, start, end, label=category) for start, end, category, _ in matched]
            vocabulary.negex(doc)  # NegEx, only where a trigger word could start
            negated = [bool(span._.negex) for span in doc.spans[SPAN_KEY]]
        phrase.negex = negated
        clause, clauses = 0, []
        for word in phrase.words:
            if word in CLAUSE_BREAKS:
                clause += 1
            clauses.append(clause)
        phrase.clauses = clauses
        meaning = vocabulary.meaning
        for (start, end, category, key), negex in zip(matched, negated, strict=True):
            found = sorted(meaning.get((category, key), ()))
            phrase.matches.append(Match(start, end, category, key, found, negex, clauses[start]))
        carry_negation(phrase, vocabulary.following_negations)
        return doc


def _finding_names(anatomy: Anatomy, findings: Findings) -> list[str]:
    """Return every label and synonym of the graph's findings."""
    nodes = anatomy.G.nodes
    return [
        str(name)
        for finding in findings.facts
        for name in [nodes[finding].get("label", ""), *(nodes[finding].get("synonyms") or ())]
    ]


def _slashes(tokens: list[str], how: list[str]) -> list[str]:
    """Split two words joined by a slash ("wrist/finger extensors") into "wrist and finger extensors".

    Only words of three letters or more, so that shorthand pairs ("KJ/AJ", "R/L") keep their own reading.
    """
    out: list[str] = []
    for token in tokens:
        parts = token.split("/")
        if len(parts) >= 2 and all(len(part) > 2 and part.isalpha() for part in parts) and token != "and/or":
            how.append(f"'{token}' read as '{', '.join(parts[:-1])} and {parts[-1]}'")
            for part in parts[:-2]:
                out += [part, ","]
            out += [parts[-2], "and", parts[-1]]  # "power/reflexes/sensation": "power, reflexes and sensation"
        else:
            out.append(token)
    return out


def _both_sides(after: list[str], before: list[str]) -> bool:
    """Return True when "both" means both sides ("both legs"), False for "both the dorsum and the sole".

    "both" followed by a plural ("legs", "feet") is both sides; followed by anything else with an "and" in the
    next few words it joins two things; alone ("weak on both", "bilateral: both") it is both sides, unless it closes
    two things joined by "and" that are not the sides ("arm weakness, shoulder and hand both": both parts).
    """
    words = [word for word in after if word not in shorthand.FILLER]
    if not words:
        joined = "and" in before[1:] and not lay.SIDES.keys() & set(before)
        return not joined
    first = words[0]
    if first in shorthand.BOTH_PLURALS or (first.endswith("s") and len(first) > 3 and not first.endswith("ss")):
        return True
    return "and" not in words[1:4]


@lru_cache(maxsize=4096)
def _meaning_words(meaning: str) -> tuple[str, ...]:
    """Return a rewrite's meaning as the reader's words (cached: the tables are fixed)."""
    return tuple(Vocabulary.words(meaning, keep_filler=True))


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _absent(observation: Observation, source: str) -> Observation:
    return replace(observation, present=False, source=source, how=(*observation.how, "given as an excluded feature"))
