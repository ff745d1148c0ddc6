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

A phrase that yields nothing is matched loosely against every finding's names; failing that it is
returned unresolved with the closest names as suggestions, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from graph.explore.localize import shorthand
from graph.explore.localize.anatomy import Anatomy
from graph.explore.localize.findings import FINDING_TYPES, Findings
from graph.explore.localize.observation import Observation, Reading
from graph.explore.localize.vocabulary import DISC_LEVEL, Vocabulary, make_doc
from graph.explore.search import Hit, SearchIndex
from graph.namespaces import BASE, RADIX

LOOSE = 80.0
"""The least name-match score at which a phrase that nothing else read counts as that finding."""

TEMPERATURE_WORDS = frozenset({"t", "temp", "temperature"})
FEVER_CELSIUS = 38.0
"""A temperature at or above this is a fever (the usual clinical definition, e.g. NICE NG143)."""

REFLEX_WORDS = frozenset({"jerk", "jerks", "reflex", "reflexes", "response", "responses"})
CLAUSE_BREAKS = frozenset({",", ";", "with", "but", "while", "whereas", "then", "though", "although"})
ANATOMY = ("muscle", "movement", "reflex", "region")
WASTING_WORDS = frozenset({"wasting", "wast", "wasted", "atrophy", "atrophi", "thin", "flat"})
WASTING_LABEL = re.compile(r"\b(?:wasting|atrophy|wasted)")
DEFAULT_KIND = {"reflex": "reflex", "muscle": "weakness", "movement": "weakness", "region": "sensory"}
STUDY_ANATOMY = ("root", "nerve", "disc", "structure", "muscle", "condition", "region")


@dataclass
class Match:
    """One matched name in a phrase."""

    start: int
    end: int
    category: str
    key: str
    meaning: list[str]
    negated: bool
    clause: int


@dataclass
class Phrase:
    """A phrase being read: its rewritten words, matches and the steps taken."""

    text: str
    words: list[str]
    matches: list[Match] = field(default_factory=list)
    how: list[str] = field(default_factory=list)
    clauses: list[int] = field(default_factory=list)


class NoteReader:
    """Reads phrases against one projection; builds its vocabulary once."""

    def __init__(self, anatomy: Anatomy, findings: Findings, index: SearchIndex,
                 hpo_parents: dict[str, set[str]] | None = None) -> None:  # fmt: skip
        self.anatomy = anatomy
        self.G = anatomy.G
        self.findings = findings
        self.index = index
        self.vocabulary = Vocabulary(anatomy.G)
        self.hpo_parents = hpo_parents or {}
        self._zones = self._zone_roots()
        self._about: dict[str, set[str]] = {}
        """Anatomy node -> the findings about it (for composing a finding from kind and anatomy)."""
        for finding, facts in findings.facts.items():
            for _, node in facts.anatomy:
                self._about.setdefault(node, set()).add(finding)
        self._radiating = {f for f in findings.facts if anatomy.out(f, RADIX.radiatesAlong)}

    # ---- identifiers -------------------------------------------------------------------------

    def identifier(self, text: str) -> tuple[list[str], list[str]] | None:
        """Resolve a CURIE or IRI: (findings, how), or None when the text is not an identifier."""
        if " " in text or ":" not in text:
            return None
        hits = self.index.resolve_identifier(text)
        how = [f"identifier {text}"]
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
        raw = self.vocabulary.words(text.replace("\u2019", "'"), keep_filler=True)
        words: list[str] = []
        how: list[str] = []
        index = 0
        while index < len(raw):
            for size in range(min(shorthand.LONGEST_PHRASE, len(raw) - index), 1, -1):
                key = tuple(raw[index : index + size])
                if key in shorthand.PHRASES:
                    meaning = shorthand.PHRASES[key]
                    how.append(f"'{' '.join(key)}' read as '{meaning}'")
                    words.extend(meaning.split())
                    index += size
                    break
            else:
                token = raw[index]
                if token not in shorthand.FILLER:
                    words.extend(self._token(token, words, how))
                index += 1
        return [word for word in words if word not in shorthand.FILLER], how

    def _token(self, token: str, before: list[str], how: list[str]) -> list[str]:
        if before and before[-1] in TEMPERATURE_WORDS and _number(token.rstrip("°c")) is not None:
            value = _number(token.rstrip("°c")) or 0.0
            meaning = "fever" if value >= FEVER_CELSIUS else "no fever"
            how.append(f"temperature {token} read as '{meaning}'")
            return [meaning]
        if token in shorthand.REFLEX_GRADES and before and before[-1] in REFLEX_WORDS | {"bilateral", "right", "left"}:
            meaning = shorthand.REFLEX_GRADES[token]
            how.append(f"reflex grade '{token}' read as '{meaning}'")
            return [meaning]
        if token in shorthand.TOKENS and shorthand.TOKENS[token] != token:
            meaning = shorthand.TOKENS[token]
            how.append(f"'{token}' read as '{meaning}'")
            return meaning.split()
        level = DISC_LEVEL.match(token)
        if level and token[0] == token[token.index("-") + 1]:
            return [token]
        return [token]

    # ---- reading -------------------------------------------------------------------------------

    def read_all(self, phrases: list[str], excluded: list[str] | None = None) -> Reading:
        """Read every phrase (and every excluded feature, as absent); unreadable ones go to ``unresolved``."""
        reading = Reading()
        for text, forced_absent in [*((p, False) for p in phrases), *((p, True) for p in excluded or [])]:
            observations, how = self.read(text)
            if forced_absent:
                observations = [_absent(o, "excluded") for o in observations]
            if observations:
                reading.observations.extend(observations)
            else:
                suggestions = [hit.as_dict() for hit in self.index.search(text, limit=3, min_score=50.0)]
                reading.unresolved.append({"phrase": text, "suggestions": suggestions, "how": how})
        return reading

    def read(self, text: str) -> tuple[list[Observation], list[str]]:
        """Read one phrase: its observations (possibly none) and how it was read."""
        text = " ".join(text.split())
        identified = self.identifier(text)
        if identified is not None:
            found, how = identified
            return [
                Observation(text, True, "finding", tuple(found), how=tuple(how), source="identifier")
            ] if found else [], how
        words, how = self.rewrite(text)
        phrase = Phrase(text, words, how=how)
        doc = self._annotate(phrase)
        observations = self._compose(phrase, doc)
        if not observations:
            observations = self._loose(phrase, doc)
        return observations, phrase.how

    def _annotate(self, phrase: Phrase) -> Doc:
        doc = make_doc(self.vocabulary.nlp.vocab, phrase.words)
        matched = self.vocabulary.match(doc)
        doc.ents = [Span(doc, start, end, label=category) for start, end, category, _ in matched]
        self.vocabulary.negex(doc)
        clause, clauses = 0, []
        for token in doc:
            if token.text in CLAUSE_BREAKS:
                clause += 1
            clauses.append(clause)
        phrase.clauses = clauses
        for (start, end, category, key), span in zip(matched, doc.ents, strict=True):
            meaning = sorted(self.vocabulary.meaning.get((category, key), ()))
            phrase.matches.append(Match(start, end, category, key, meaning, bool(span._.negex), clauses[start]))
        return doc

    # ---- composition -------------------------------------------------------------------------

    def _compose(self, phrase: Phrase, doc: Doc) -> list[Observation]:
        matches = phrase.matches
        side = self._side(matches)
        study = next((m for m in matches if m.category == "study"), None)
        if study is not None:
            observation = self._study(phrase, study, side)
            return [observation] if observation else []
        observations: list[Observation] = []
        used: set[int] = set()
        for m in matches:
            if m.category == "finding":
                observations.append(self._finding(phrase, m, side))
            elif m.category == "test":
                observations.extend(self._test(phrase, m, side))
            elif m.category == "eponym":
                observations.append(self._eponym(phrase, m, side))
            elif m.category == "activity":
                modifier = self._modifier(phrase, m)
                if modifier:
                    observations.append(modifier)
        pain_regions: list[Match] = []
        for m in matches:
            if m.category not in ANATOMY or id(m) in used:
                continue
            kind, kind_word = self._kind(phrase, m)
            if kind == "pain" and m.category == "region":
                pain_regions.append(m)
                continue
            observations.append(self._anatomy(phrase, m, kind, kind_word, side))
        if pain_regions:
            observations.append(self._pain(phrase, pain_regions, side))
        observations.extend(self._globals(phrase, matches, observations))
        return observations

    def _side(self, matches: list[Match]) -> str:
        sides = {value for m in matches if m.category == "side" for value in m.meaning}
        if "bilateral" in sides or {"left", "right"} <= sides:
            return "bilateral"
        return next(iter(sides), "")

    def _nearest(self, phrase: Phrase, m: Match, categories: tuple[str, ...], same_clause: bool = True) -> Match | None:
        best: tuple[int, Match] | None = None
        for other in phrase.matches:
            if other is m or other.category not in categories:
                continue
            if same_clause and other.clause != m.clause:
                continue
            distance = other.start - m.end if other.start >= m.end else m.start - other.end
            distance = distance * 2 + (1 if other.start < m.start else 0)  # ties go to the word after
            if best is None or distance < best[0]:
                best = (distance, other)
        return best[1] if best else None

    def _status(self, phrase: Phrase, m: Match) -> tuple[str, str]:
        """Return the status of a match ('absent', 'reduced', 'brisk', 'positive', 'normal', '') and its word.

        The nearest status word of the match's clause; in a list ("deltoid, supraspinatus,
        infraspinatus 5/5") a clause with none takes the first one after it, up to the next ';'.
        """
        word = self._nearest(phrase, m, ("deficit", "normal"))
        if word is None:
            word = self._shared_status(phrase, m)
        status = word.meaning[0] if word and word.meaning else ""
        if word is not None:
            phrase.how.append(f"'{' '.join(phrase.words[word.start:word.end])}' said of "
                              f"'{' '.join(phrase.words[m.start:m.end])}'")  # fmt: skip
        return status, (word.key if word else "")

    def _shared_status(self, phrase: Phrase, m: Match) -> Match | None:
        """Return the first status word in a later clause of the same list (clauses joined by commas)."""
        for other in phrase.matches:
            if other.start < m.end or other.category not in ("deficit", "normal"):
                continue
            between = phrase.words[m.end : other.start]
            if ";" in between or any(word in CLAUSE_BREAKS - {","} for word in between):
                return None
            if any(self._has_own_status(phrase, o, m, other) for o in phrase.matches):
                return None
            return other
        return None

    def _has_own_status(self, phrase: Phrase, o: Match, m: Match, other: Match) -> bool:
        """Return True when ``o``, between ``m`` and the status word ``other``, has a status word of its own."""
        between = o.category in (*ANATOMY, "finding") and m.end <= o.start < other.start
        return (
            between
            and o.clause not in (m.clause, other.clause)
            and self._nearest(phrase, o, ("deficit", "normal")) is not None
        )

    def _finding(self, phrase: Phrase, m: Match, side: str) -> Observation:
        status, _ = self._status(phrase, m)
        present = not m.negated and status not in ("normal", "absent")
        self._note_negation(phrase, m)
        findings = tuple(m.meaning)
        bilateral = any(self.findings.facts[f].bilateral for f in findings if f in self.findings.facts)
        return Observation(phrase.text, present, "finding", findings, side="bilateral" if bilateral else side,
                           how=tuple(phrase.how))  # fmt: skip

    @staticmethod
    def _symmetric(phrase: Phrase) -> bool:
        return any(m.category == "side" and m.key.startswith("symmetric") for m in phrase.matches)

    def _note_negation(self, phrase: Phrase, m: Match) -> None:
        if m.negated:
            phrase.how.append(f"'{' '.join(phrase.words[m.start : m.end])}' negated (NegEx)")

    def _test(self, phrase: Phrase, m: Match, side: str) -> list[Observation]:
        status, _ = self._status(phrase, m)
        present = not m.negated and status != "normal"
        found = sorted({f for test in m.meaning for f, _ in self.anatomy.into(test, RADIX.elicitedBy)})
        found = [f for f in found if "positive" in self.G.nodes[f]["label"].lower()] or found
        if not found:
            return []
        phrase.how.append(f"test read as {'positive' if present else 'negative'}")
        return [Observation(phrase.text, present, "finding", tuple(found), side=side, how=tuple(phrase.how))]

    def _eponym(self, phrase: Phrase, m: Match, side: str) -> Observation:
        """Read a named sign or test ("Tinel +ve at wrist"): its findings, narrowed to the anatomy the phrase names."""
        status, _ = self._status(phrase, m)
        present = not m.negated and status != "normal"
        named = {
            node for other in phrase.matches if other.category in (*ANATOMY, "structure") for node in other.meaning
        }
        near = set().union(*(self.anatomy.parts(n) | self.anatomy.wholes(n) for n in named)) if named else set()
        candidates = sorted(m.meaning)
        narrowed = [f for f in candidates if {n for _, n in self.findings.facts[f].anatomy} & near]
        findings = tuple(narrowed or candidates)
        phrase.how.append(f"'{m.key}' names {', '.join(self.G.nodes[f]['label'] for f in findings[:3])}")
        return Observation(phrase.text, present, "finding", findings, side=side, how=tuple(phrase.how))

    def _modifier(self, phrase: Phrase, m: Match) -> Observation | None:
        word = self._nearest(phrase, m, ("modifier",), same_clause=False)
        if word is None:
            before = phrase.words[max(0, m.start - 2) : m.start]
            if not {"on", "when", "after", "during", "while", "with", "by"} & set(before):
                return None
            modifier = "aggravated"
        else:
            modifier = word.meaning[0]
        if m.negated:
            return None  # "not by standing still": the activity does not modify it; says nothing either way
        anatomy = tuple(("activity", a) for a in m.meaning)
        return Observation(phrase.text, True, "modifier", anatomy=anatomy, modifier=modifier, how=tuple(phrase.how))

    def _kind(self, phrase: Phrase, m: Match) -> tuple[str, str]:
        word = self._nearest(phrase, m, ("kind",)) or self._nearest(phrase, m, ("kind",), same_clause=False)
        kinds = [k for k in (word.meaning if word else []) if k != "all"]
        if m.category == "reflex":
            return "reflex", ""
        if (
            m.category == "muscle"
            and word is None
            and any(o.category == "reflex" and o.clause == m.clause for o in phrase.matches)
        ):
            return "reflex", ""  # "biceps and brachioradialis reflexes": the muscle's reflex
        if kinds and not (m.category in ("muscle", "movement") and kinds[0] in ("sensory", "pain")):
            return kinds[0], word.key if word else ""
        return DEFAULT_KIND[m.category], ""

    def _anatomy(self, phrase: Phrase, m: Match, kind: str, kind_word: str, side: str) -> Observation:
        status, _ = self._status(phrase, m)
        self._note_negation(phrase, m)
        if kind == "reflex" and m.category == "muscle":  # "biceps and brachioradialis reflexes absent"
            reflexes = sorted({r for node in m.meaning for r, _ in self.anatomy.into(node, RADIX.reflexOfMuscle)})
            if reflexes:
                m = Match(m.start, m.end, "reflex", m.key, reflexes, m.negated, m.clause)
                phrase.how.append(f"'{m.key}' read as its reflex")
        if kind == "reflex" and not status and self._symmetric(phrase):
            status = "normal"  # "reflexes symmetrical": no reflex is lost on one side
        if kind == "reflex":
            present = status in ("absent", "reduced", "brisk") or (m.negated and status != "normal")
            direction = status if status in ("absent", "reduced", "brisk") else ("absent" if m.negated else "")
        else:
            present = not m.negated and status != "normal"
            direction = status
        anatomy = tuple((m.category, node) for node in m.meaning)
        findings = self._findings_about(kind, anatomy, direction, wasting=kind_word in WASTING_WORDS)
        if findings:
            phrase.how.append("matches " + ", ".join(self.G.nodes[f]["label"] for f in findings[:3]))
            return Observation(phrase.text, present, "finding", findings, anatomy, side=side, how=tuple(phrase.how))
        if kind == "reflex" and direction == "brisk":
            phrase.how.append("a brisk reflex: an upper motor neuron sign")
            return Observation(phrase.text, present, "umn", (), anatomy, side=side, how=tuple(phrase.how))
        return Observation(phrase.text, present, kind, (), anatomy, side=side, how=tuple(phrase.how))

    def _findings_about(
        self, kind: str, anatomy: tuple[tuple[str, str], ...], direction: str, *, wasting: bool = False
    ) -> tuple[str, ...]:
        """Return the graph's findings of ``kind`` about this anatomy, the closest first.

        A deficit (weakness, reflex, sensory) matches a finding about exactly the anatomy named (a
        muscle also stands for the movements it performs). Pain named along several regions ("from
        the buttock to the lateral foot") matches a pain finding whose regions cover them all.
        """
        wanted = {node for _, node in anatomy}
        for category, node in anatomy:
            if category == "muscle":
                wanted |= {movement for movement, _ in self.anatomy.out(node, RADIX.performs)}
        exact, covering = [], []
        nearby = {finding for node in wanted for finding in self._about.get(node, ())}
        if kind == "pain" and len(wanted) > 1:
            nearby |= self._radiating
        for finding in sorted(nearby):
            facts = self.findings.facts[finding]
            if kind not in facts.kinds or facts.bilateral:
                continue
            nodes = {node for _, node in facts.anatomy}
            if not nodes:
                continue
            label = self.G.nodes[finding]["label"].lower()
            if kind == "reflex" and not _direction_fits(label, direction):
                continue
            if kind == "weakness" and wasting != bool(WASTING_LABEL.search(label)):
                continue  # wasting is read as wasting, weakness as weakness
            if nodes <= wanted:
                exact.append(finding)
            elif kind == "pain" and len(wanted) > 1 and self.anatomy.out(finding, RADIX.radiatesAlong):
                covered = set().union(*(self.anatomy.parts(node) for node in nodes))
                share = len(wanted & covered)
                if share >= 2:
                    covering.append((-share, len(nodes), finding))
        if kind == "pain" and covering:
            best = min(covering)[0]
            return tuple(finding for share, _, finding in sorted(covering) if share == best)
        return tuple(sorted(exact, key=lambda f: (len(self.findings.facts[f].anatomy), f)))

    def _pain(self, phrase: Phrase, regions: list[Match], side: str) -> Observation:
        first = regions[0]
        status, _ = self._status(phrase, first)
        present = not first.negated and status != "normal"
        anatomy = tuple(("region", node) for m in regions for node in m.meaning)
        findings = self._findings_about("pain", anatomy, "")
        return Observation(phrase.text, present, "finding" if findings else "pain", findings, anatomy, side=side,
                           how=tuple(phrase.how))  # fmt: skip

    def _globals(self, phrase: Phrase, matches: list[Match], found: list[Observation]) -> list[Observation]:
        """Kinds named with no anatomy in their clause and a normal status: no such change anywhere.

        A kind the phrase reports present elsewhere is not globally normal ("low back pain, no
        radicular pain" keeps the back pain).
        """
        present_kinds = {
            kind
            for o in found
            if o.present
            for kind in ([o.kind] if o.kind in ("weakness", "sensory", "reflex", "pain") else
                         [k for f in o.findings if f in self.findings.facts for k in self.findings.facts[f].kinds])
        }  # fmt: skip
        observations = []
        for m in matches:
            if m.category != "kind":
                continue
            if any(o.category in (*ANATOMY, "finding", "test") and o.clause == m.clause for o in matches):
                continue
            status, _ = self._status(phrase, m)
            symmetric = "reflex" in m.meaning and not status and self._symmetric(phrase)
            if not (m.negated or status == "normal" or symmetric):
                continue
            kinds = ("reflex", "sensory", "weakness") if "all" in m.meaning else tuple(m.meaning)
            kinds = tuple(k for k in kinds if k not in present_kinds)  # "low back pain, no radicular pain"
            kinds = tuple(k for k in kinds if k in ("reflex", "sensory", "weakness", "pain"))
            if kinds:
                phrase.how.append(f"no {'/'.join(kinds)} change anywhere")
                observations.append(Observation(phrase.text, False, "global", kinds=kinds, how=tuple(phrase.how)))
        return observations

    # ---- studies -----------------------------------------------------------------------------

    def _study(self, phrase: Phrase, study: Match, side: str) -> Observation | None:
        kind = study.meaning[0] if study.meaning else "imaging"
        words = set(phrase.words)
        zones = {node for m in phrase.matches if m.category == "zone" for node in m.meaning}
        implicates: set[str] = set()
        anatomy: list[tuple[str, str]] = []
        discs = [m for m in phrase.matches if m.category == "disc"]
        for m in phrase.matches:
            if m.category == "condition" and discs:
                zones |= {z for c in m.meaning for z, _ in self.anatomy.out(c, RADIX.inZone)}
        for m in phrase.matches:
            if m.category == "disc" and kind == "electrodiagnostic":
                implicates |= self._range_roots(m.key)
            elif m.category == "disc":
                implicates |= self._disc_roots(m.meaning, zones)
            elif m.category == "condition" and discs:
                continue
            elif m.category in ("root", "nerve", "structure"):
                implicates |= set(m.meaning)
            elif m.category == "condition":
                implicates |= {r for c in m.meaning for r, _ in self.anatomy.out(c, RADIX.compressesRoot)}
                implicates |= {n for c in m.meaning for n, _ in self.anatomy.out(c, RADIX.affectsNerve)}
            elif m.category in ("muscle", "region"):
                anatomy += [(m.category, node) for node in m.meaning]
            elif m.category == "finding":
                implicates |= {n for f in m.meaning for n, _ in self.anatomy.out(f, BASE + "implicates")}
        normal = (
            any(m.category == "normal" for m in phrase.matches)
            or study.negated
            or any(
                m.negated for m in phrase.matches if m.category in ("stenosis", "disc", "root", "nerve", "condition")
            )
        )
        abnormal = any(m.category in ("deficit", "stenosis") and not m.negated for m in phrase.matches)
        present = abnormal or not normal
        electro = ""
        if kind == "electrodiagnostic":
            if "snap" in words:
                electro = "snap"
                present = not normal or any(m.meaning == ["reduced"] or m.meaning == ["absent"]
                                            for m in phrase.matches if m.category == "deficit")  # fmt: skip
            elif any(m.category == "paraspinal" for m in phrase.matches):
                electro = "paraspinal"
            elif words & {"fibrillation", "denervation", "sharp", "neurogenic", "reinnervation"}:
                electro = "denervation"
            else:
                electro = "conduction"
        if not implicates and not anatomy and not (kind == "imaging" and not present):
            return None
        phrase.how.append(f"read as an {kind} report ({'abnormal' if present else 'normal'})")
        return Observation(phrase.text, present, kind, (), tuple(anatomy), side=side,
                           implicates=tuple(sorted(implicates)), electro=electro, how=tuple(phrase.how))  # fmt: skip

    def _range_roots(self, key: str) -> set[str]:
        """Return the roots at both ends of a range written like a disc level ("C5-C6 paraspinals": C5 and C6)."""
        found: set[str] = set()
        for end in key.split()[0].split("-"):
            found |= self.vocabulary.meaning.get(("root", end), set())
        return found

    def _zone_roots(self) -> dict[tuple[str, str], set[str]]:
        """(disc level, zone) -> the roots a herniation there compresses, from the graph's herniations."""
        table: dict[tuple[str, str], set[str]] = {}
        for node in self.G:
            levels = [level for level, _ in self.anatomy.out(node, RADIX.atDiscLevel)]
            zones = [zone for zone, _ in self.anatomy.out(node, RADIX.inZone)] or [""]
            roots = {root for root, _ in self.anatomy.out(node, RADIX.compressesRoot)}
            for level in levels:
                for zone in zones:
                    table.setdefault((level, zone), set()).update(roots)
        return table

    def _disc_roots(self, discs: list[str], zones: set[str]) -> set[str]:
        """Return the roots a lesion at these disc levels implicates (paracentral unless a zone is named)."""
        found: set[str] = set()
        for disc in discs:
            wanted = zones or {z for (d, z) in self._zones if d == disc and "paracentral" in z} or {""}
            for zone in wanted:
                found |= self._zones.get((disc, zone), set())
            if not found:  # no herniation at this level in the graph: the roots that cross or exit there
                lateral = any("lateral" in z or "foraminal" in z for z in zones)
                predicate = RADIX.exitsAtLevel if lateral else RADIX.traversesLevel
                found |= {root for root, _ in self.anatomy.into(disc, predicate)}
        return found

    # ---- the fallback --------------------------------------------------------------------------

    def _loose(self, phrase: Phrase, doc: Doc) -> list[Observation]:
        hits = self.index.search(phrase.text, limit=1, types=FINDING_TYPES, min_score=LOOSE)
        if not hits:
            return []
        negated = (bool(doc.ents) and all(span._.negex for span in doc.ents)) or phrase.words[:1] in (["no"], ["not"])
        phrase.how.append(f"closest name: {hits[0].matched} ({hits[0].score:.0f})")
        return [Observation(phrase.text, not negated, "finding", (hits[0].iri,), how=tuple(phrase.how))]


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _direction_fits(label: str, direction: str) -> bool:
    if direction == "brisk":
        return any(word in label for word in ("brisk", "hyper", "clonus", "exaggerated", "extensor", "babinski"))
    if label.startswith(("brisk", "hyper")) or "clonus" in label:
        return False
    if direction == "absent":
        return "absent" in label or "loss" in label
    if direction == "reduced":
        return "diminished" in label or "reduced" in label
    return "diminished or absent" in label or "absent" in label


def _absent(observation: Observation, source: str) -> Observation:
    from dataclasses import replace

    return replace(observation, present=False, source=source, how=(*observation.how, "given as an excluded feature"))
