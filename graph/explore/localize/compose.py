"""Composition: the names matched in a phrase, with their negation and nearest words, as observations.

A named finding is an observation; a named sign's eponym ("Tinel") stands for its findings narrowed
to the anatomy named; anatomy (a muscle, movement, reflex or skin region) takes the nearest kind word
("numb", "weak", "reflex") and status word ("absent", "spared", "5/5") and becomes the graph's
finding about exactly that anatomy, or a deficit of that kind there; pain named along several
regions is one pain, at the most exact place named; dermatomes named together are one band of skin, and a
finding named in a band is in that skin; kind words with a normal status and no anatomy are global normals; activities
with "worse"/"eased" are modifiers; a study line is read by ``studies.py``.

One piece despite the size guide: every rule here works on the same matched phrase (its clauses,
nearest kind and status words), and split apart they would pass the phrase's state between modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from graph.explore.localize import shorthand
from graph.explore.localize.anatomy import Anatomy
from graph.explore.localize.exam_words import pain_stays_above_the_knee
from graph.explore.localize.findings import Findings
from graph.explore.localize.inability import INABILITY, PATIENT_ACTIONS, SKIPPED
from graph.explore.localize.list_head import LIMBS, list_heads
from graph.explore.localize.observation import Observation
from graph.explore.localize.phrase import (
    ANATOMY,
    OPENING_DENIALS,
    Match,
    Phrase,
    nearest,
    negated_after,
    note_negation,
    shared_status,
    side_of,
    sign_status,
    status_of,
    symmetric,
)
from graph.explore.localize.regions import POWER_WORDS, PULSE_WORDS
from graph.explore.localize.sides import BOTH_BY_PLURAL, both_by_plural
from graph.explore.localize.studies import Studies
from graph.explore.localize.study_words import ABNORMAL_EMG
from graph.explore.localize.vocabulary import Vocabulary, norm
from graph.namespaces import BASE, RADIX

SENSORY_LEVEL = BASE + "sensory_level"
"""The cord's sensory level: a key point beside it names the level, not one root's skin (the late review of stop 47)."""
STRAIGHT_LEG_RAISE = BASE + "straight_leg_raise"
"""The straight leg raise test, whose pain may stay above the knee (``exam_words.pain_stays_above_the_knee``)."""
NO_WORD = re.compile(r"\b(?:no|not|absent|without)\b")
"""A finding whose name says an absence ("no plantar flexion on calf squeeze"): a negation beside it is its sign."""
TONE_DENIED = re.compile(
    r"\b(?:no|nil|absent) (?:anal |sphincter |voluntary )?(?:tone|squeeze|contraction)\b"
    r"(?! (?:abnormality|change|changes|reduction|loss|concerns))"
)
"""A rectal examination's own result written as a denial ("DRE: no tone"): the loss it tests for, present. Matched on
the phrase's words joined by single spaces (no nested repetition). Other words after the test ("DRE: not done", "DRE:
no masses", "no tone abnormality") are no such result (the second review of stop 30: a broader denial read them all as
reduced tone)."""
LOSS_WORD = re.compile(r"\b(?:reduced|diminished|decreased|lost|loss|weak|weakness)\b")
"""A test's positive finding whose name says a loss ("reduced anal sphincter tone"): the test alone is no result."""
DEFICIT_NAMES = frozenset(
    {"difficulty", *(word for word, status in shorthand.DEFICIT_WORDS.items() if status in ("absent", "reduced"))}
)
"""Deficit words ("reduced", "absent", "loss", "difficulty"): a finding whose matched name holds one is itself a
deficit ("can no longer ... do up buttons" is the difficulty doing them up, not its absence)."""
WASTING_WORDS = frozenset({"wasting", "wast", "wasted", "atrophy", "atrophi", "thin", "flat"})
"""Kind words that mean wasting rather than weakness (in their normal forms)."""
SYMPTOM_KIND_WORDS = frozenset({"ach", "ache", "allodynia", "anesthesia", "atrophy", "burning", "drop", "dysesthesia",
                                "heavy", "hurt", "hyperalgesia", "hyperesthesia", "hypoesthesia", "numb", "numbness",
                                "pain", "painful", "palsy", "paralys", "paralyz", "paresis", "paresthesia", "sciatica",
                                "shooting", "sore", "tender", "tenderness", "tingling", "wast", "wasting", "weak",
                                "weakness", "winging"})  # fmt: skip
"""Kind words (in their normal forms) that name a change, not a function: "numbness present" is there, while
"sensation present" and "power present" are normal."""
WASTING_LABEL = re.compile(r"\b(?:wasting|atrophy|wasted)")
"""A finding label that names wasting."""
CLAUSE_SIDES = ("left", "right", "bilateral")
"""Sides a clause may name for itself when its part names more than one ("BJ reduced R, TJ and SJ symmetric")."""

NO_KIND = ("", "")
"""The kind of a place named as context: no deficit of it is read."""

DEFAULT_KIND = {"reflex": "reflex", "muscle": "weakness", "movement": "weakness"}
"""The kind of a deficit in anatomy named with no kind word (a region named with none is context: "the wrist
deviates radially", "foot falls to neutral with the knee at 90°")."""

GENERIC_WORDS = frozenset(
    norm(word)
    for phrase in [*shorthand.KIND_WORDS, *shorthand.DEFICIT_WORDS, *shorthand.NORMAL_AFTER, *shorthand.SIDE_WORDS,
                   "or and in on of to from at over into along down with both side sides symmetric bilateral "
                   "unilateral deficit change loss diminished absent reduced weakness numbness tingling pain "
                   "sensory sensation radiating distal proximal symptom symptoms"]
    for word in phrase.split()
)  # fmt: skip
"""Words that say a deficit's kind, status, side or direction: a finding's name may use them and still say no
more than a phrase that names the same anatomy with other such words."""


class Composer:
    """Composes observations from a phrase's matches, against one projection."""

    def __init__(self, anatomy: Anatomy, findings: Findings, studies: Studies) -> None:
        self.anatomy = anatomy
        self.G = anatomy.G
        self.findings = findings
        self.studies = studies
        self._about: dict[str, set[str]] = {}
        """Anatomy node -> the findings about it (for composing a finding from kind and anatomy)."""
        for finding, facts in findings.facts.items():
            for _, node in facts.anatomy:
                self._about.setdefault(node, set()).add(finding)
        self._radiating = {f for f in findings.facts if anatomy.out(f, RADIX.radiatesAlong)}
        self._extra = {f: self._extra_words(f) for f, facts in findings.facts.items() if facts.anatomy}
        """Finding -> the words its names add to its anatomy and kind ("night-time", "cycling", "difficulty")."""

    def _extra_words(self, finding: str) -> frozenset[str]:
        """Return what a finding's name says beyond its anatomy, kind, status and side (its least, over its names).

        "leg pain on cycling" says "cycling" beyond pain in the leg; "night-time numbness and tingling of the
        hand" says "night-time". A phrase that names the anatomy and kind without those words ("sciatica in
        both legs", "inability to straighten the fingers of the hand") is not that finding.
        """
        G = self.G
        anatomy_words: set[str] = set()
        for _, node in self.findings.facts[finding].anatomy:
            data = G.nodes[node]
            for name in [data["label"], *data.get("synonyms", [])]:
                anatomy_words |= {norm(word) for word in Vocabulary.words(str(name))}
        data = G.nodes[finding]
        extras = [
            frozenset({norm(word) for word in Vocabulary.words(str(name))} - anatomy_words - GENERIC_WORDS)
            for name in [data["label"], *data.get("synonyms", [])]
        ]
        return min(extras, key=len)

    def compose(self, phrase: Phrase) -> list[Observation]:
        """Return the observations of a matched phrase (none when nothing in it could be composed)."""
        matches = phrase.matches
        side = side_of(matches)
        study = next((m for m in matches if m.category == "study"), None)
        if study is not None:
            return self._studies(phrase, side)
        observations: list[Observation] = []
        used: set[int] = set()
        sides = _sides_by_part(phrase, side)
        for m in matches:
            if m.category == "finding":
                observations.append(self._finding(phrase, m, sides[m.start]))
            elif m.category == "test":
                results = self._test(phrase, m, sides[m.start])
                observations.extend(results)
                if any(o.present and self._names_an_absence(o.findings) for o in results):
                    # "calf squeeze: no plantarflexion": the words after the test are its result, not a movement
                    used |= {id(o) for o in matches if o.clause == m.clause and o.start > m.start}
            elif m.category == "eponym":
                observations.append(self._eponym(phrase, m, sides[m.start]))
            elif m.category == "activity":
                modifier = self._modifier(phrase, m)
                if modifier:
                    observations.append(modifier)
        pain_regions: list[Match] = []
        named = bool(observations)
        naming_weakness = self._clauses_naming_weakness(phrase)
        for m in self._bands(matches):
            if m.category not in ANATOMY or id(m) in used:
                continue
            m = self._region_reflex(phrase, m)
            band = self._band_of_finding(phrase, m, sides[m.start])
            if band is not None:
                observations.append(band)
                continue
            kind, kind_word = self._kind(phrase, m)
            if not kind:
                continue
            if kind == "pain" and m.category == "region":
                pain_regions.append(m)
                continue
            if kind == "pain":
                continue  # pain or tenderness of a muscle or on a movement is no deficit of it
            if named and not kind_word and m.category == "region" and not status_of(phrase, m)[0]:
                continue  # "foot drop after a buttock injection": a place named as context, not a finding
            if (
                kind == "weakness"
                and m.category == "region"
                and sides[m.start] != "bilateral"
                and not set(m.meaning) & LIMBS  # a whole limb: "weak legs and ankle dorsiflexion" is the legs'
                and m.clause in naming_weakness
            ):
                continue  # "FDI and the deep flexor of the little finger 4/5": where the named muscles act
            observations.append(self._anatomy(phrase, m, kind, kind_word, sides[m.start]))
        if pain_regions:
            where = sides[pain_regions[0].start]
            observations.append(self._pain(phrase, pain_regions, where, self._kind_negated(phrase, pain_regions[0])))
        observations.extend(self._globals(phrase, matches, observations))
        return observations

    def _clauses_naming_weakness(self, phrase: Phrase) -> set[int]:
        """Return the clauses that name a muscle or a movement, or a finding about one (a weakness by name).

        In such a clause a place ("FDI, ADM and the deep flexor of the little finger 4/5", "weak thumb and index
        extension (EPL, EIP)") is where the named muscles act, not a weakness of its own. Read as one, it was
        scored by the skin the lesion reaches (the model knows a region's skin, not the muscles acting there), so
        C7, whose dermatome holds the index finger, explained a C8 hand's weakness better than C8 did. A weakness
        named by its place alone ("mild weakness now starting in the left thigh") is kept.
        """
        facts = self.findings.facts
        return {
            m.clause
            for m in phrase.matches
            if m.category in ("muscle", "movement")
            or (
                m.category == "finding"
                and any(k in ("muscle", "movement") for f in m.meaning if f in facts for k, _ in facts[f].anatomy)
            )
        }

    def _is_band(self, m: Match) -> bool:
        """Return True for a match naming dermatomes or their key points only (a band of skin named by its levels).

        A key point is its dermatome's named place: "vesicles in a band at nipple level" are in the T4 skin.
        """
        return m.category == "region" and all(
            self.anatomy.types(node) & {"Dermatome", "KeySensoryPoint"} for node in m.meaning
        )

    def _names_a_key_point(self, m: Match) -> bool:
        """Return True for a band named by a key point (the nipple line) rather than by its dermatomes."""
        return any("KeySensoryPoint" in self.anatomy.types(node) for node in m.meaning)

    def _bands(self, matches: list[Match]) -> list[Match]:
        """Return the matches with dermatomes named one after another in a clause joined into one band.

        "Reduced pinprick in a T8-T10 band" (``levels.py``: the T8, T9 and T10 dermatomes) is one sensory
        change over the band, not three: a lesion of one of the roots explains part of it, as a deficit named
        over several regions is explained in part by a lesion reaching some (``Model._anatomy_term``).
        """
        joined: list[Match] = []
        for m in matches:
            last = joined[-1] if joined else None
            if last is not None and self._is_band(m) and self._is_band(last) and last.clause == m.clause:
                joined[-1] = Match(last.start, m.end, "region", f"{last.key}, {m.key}", [*last.meaning, *m.meaning],
                                   last.negated, last.clause)  # fmt: skip
            else:
                joined.append(m)
        return joined

    def _band_of_finding(self, phrase: Phrase, m: Match, side: str) -> Observation | None:
        """Return where a finding named in a band of skin is, when no kind word of the band's clause says otherwise.

        "Allodynia in R T6 dermatome", "vesicles in a T4 band": the finding is in that skin, which a lesion of the
        band's root reaches; the band takes the finding's kind (pain if the finding is only pain, else sensory)
        and its presence, whatever other clauses say ("…; no leg weakness" says nothing of the T6 skin).
        """
        if not self._is_band(m):
            return None
        kind_word = nearest(phrase, m, ("kind",))
        if kind_word is not None and kind_word.meaning != ["all"]:  # "exam: vesicular rash in the L2 dermatome"
            return None
        named = [o for o in phrase.matches if o.category == "finding" and o.clause == m.clause]
        if not named:
            return None
        if self._names_a_key_point(m) and (side == "bilateral" or any(SENSORY_LEVEL in o.meaning for o in named)):
            return None  # "sensory level at nipple line", a band on both sides: the cord's level, not one root's skin
        kinds = {kind for o in named for f in o.meaning if f in self.findings.facts
                 for kind in self.findings.facts[f].kinds}  # fmt: skip
        kind = "pain" if kinds == {"pain"} else "sensory"
        present = not named[0].negated and sign_status(phrase, named[0]) != "normal"
        phrase.how.append(f"the {kind} finding named is in {m.key}")
        return Observation(phrase.text, present, kind, (), tuple(("region", node) for node in m.meaning), side=side,
                           how=tuple(phrase.how))  # fmt: skip

    def _studies(self, phrase: Phrase, side: str) -> list[Observation]:
        """Read a study line, one ';'-separated part at a time, each part under the study last named.

        "EMG: denervation in infraspinatus only; supraspinatus and deltoid normal" is two results of one
        study (an abnormal muscle and two normal ones), "NCS: LABC SNAP reduced; EMG: fibs in biceps" two
        studies; reading the line whole would let one part's status word decide the other's.
        """
        observations: list[Observation] = []
        study: Match | None = None
        read: set[tuple[str, ...]] = set()
        for part in _parts(phrase):
            study = next((m for m in part.matches if m.category == "study"), study)
            if study is None:  # "No Horner; CXR apices clear": a part before any study is named is an examination
                observations += self.compose(part)
                continue
            own = next((m for m in part.matches if m.category == "study"), None)
            if own is None:
                part.matches.append(Match(0, 0, "study", study.key, study.meaning, False, 0))
                own = part.matches[-1]
            electrodiagnostic = own.meaning[:1] == ["electrodiagnostic"]
            results = [p for r in _by_result(part) for p in _by_study(r, self._is_result)] if electrodiagnostic else []
            for piece in results or [part]:
                named = [m for m in piece.matches if m.category == "finding"]
                if electrodiagnostic and named and not any(m.category in LOCATING for m in piece.matches):
                    # "NCS: absent F-waves and conduction block": conduction results the graph holds by name are
                    # those findings (which a condition may state), not only what they implicate
                    unique = {tuple(m.meaning): m for m in reversed(named) if tuple(m.meaning) not in read}
                    read |= set(unique)  # a result named twice, or kept in both pieces of a split line, is read once
                    observations += [self._finding(piece, m, side_of(piece.matches) or side) for m in unique.values()]
                    continue
                # "ulnar SNAP normal, ulnar CMAP ↓": each result under its own study word, the CMAP not a SNAP
                piece_study = next((m for m in piece.matches if m.category == "study"), own)
                observation = self.studies.read(piece, piece_study, side_of(piece.matches) or side)
                if observation is not None:
                    observations.append(observation)
        return observations

    def _is_result(self, m: Match) -> bool:
        """Return True when a matched finding is a result of no bodily kind ("low median CMAP", "F-waves absent")."""
        return m.category == "finding" and not any(
            self.findings.facts[f].kind for f in m.meaning if f in self.findings.facts
        )

    def _finding(self, phrase: Phrase, m: Match, side: str) -> Observation:
        note_negation(phrase, m)
        present = self._finding_present(phrase, m)
        findings = tuple(m.meaning)
        bilateral = any(self.findings.facts[f].bilateral for f in findings if f in self.findings.facts)
        return Observation(phrase.text, present, "finding", findings, side="bilateral" if bilateral else side,
                           how=tuple(phrase.how))  # fmt: skip

    def _finding_present(self, phrase: Phrase, m: Match) -> bool:
        """Return True when a finding named in the phrase is there: not negated, and no status word denies it."""
        named_deficit = bool(DEFICIT_NAMES & set(phrase.words[m.start : m.end]))
        # "Horner syndrome present": the finding is there; "weak plantar flexion, knee jerk normal": not normal
        status = sign_status(phrase, m, shared=not named_deficit)
        unable = self._unable(phrase, m, status_of(phrase, m, shared=not named_deficit)[1])
        # "reduced anal tone and absent voluntary squeeze": a finding named by its own deficit word agrees with
        # another deficit word beside it; only "normal" (or a negation) says it is absent
        agrees = named_deficit or unable or self._loss_of_its_kind(phrase, m)
        negating = ("normal",) if agrees else ("normal", "absent")
        # "Positive Hoover sign: hip extension becomes normal on …": a name that says positive is its own status; a
        # later status word describes the sign (it had denied it), and only a negation denies it
        named_positive = "positive" in phrase.words[m.start : m.end]
        return not self._negated(phrase, m) and (named_positive or status not in negating)

    @staticmethod
    def _negated(phrase: Phrase, m: Match) -> bool:
        """Return True when NegEx negates a finding, unless "worse" or "better" is said of it and it is not denied.

        "No leg pain, back pain worse on bending": the denial of the first clause runs on in NegEx's scope, but a
        symptom an activity makes worse is there (stop 34's known gap). A denial in its own clause still denies it, and
        so does one whose list it ends ("no fever, weight loss or headache worse lying flat": the review of stop 35).
        """
        if not m.negated:
            return False
        acted = any(_subject_of(phrase, m, o) for o in phrase.matches if o.category == "modifier")
        if not acted or _denial_reaches(phrase, m):
            return True
        phrase.how.append(f"'{m.key}' is what an activity makes worse or better: that earlier denial is not its own")
        return False

    @staticmethod
    def _unable(phrase: Phrase, m: Match, word: str) -> bool:
        """Return True when a finding's status word says the patient cannot do something: a loss, not its denial.

        "Wrist drop - can't extend the wrist" is wrist drop (it had read as no wrist drop); "Babinski can't be
        elicited", "cannot detect a sensory level" are the examiner's, and still deny (``PATIENT_ACTIONS``).
        """
        if word not in INABILITY:
            return False
        said = [d for d in phrase.matches if d.category == "deficit" and d.key == word]
        nearest = min(said, key=lambda d: abs(d.start - m.start), default=None)
        if nearest is None:
            return False
        after = [w for w in phrase.words[nearest.end : nearest.end + 4] if w != "to" and not w.endswith("ly")][:1]
        moved = any(o.category in ("movement", "muscle") and nearest.end <= o.start <= nearest.end + 1
                    for o in phrase.matches)  # fmt: skip  # "can't lift the toes", rewritten "can't toe extension"
        return moved or (bool(after) and after[0] in PATIENT_ACTIONS)

    def _loss_of_its_kind(self, phrase: Phrase, m: Match) -> bool:
        """Return True when a deficit word beside a kind word outside the match names the finding's own deficit.

        "Loss of sensation in the saddle area" is saddle anaesthesia present: the loss is said of the sensation,
        the finding's own kind, not of the finding ("saddle anaesthesia absent" still denies it).
        """
        kinds = {self.findings.facts[f].kind for f in m.meaning if f in self.findings.facts} - {""}
        for k in phrase.matches:
            if k.category != "kind" or k.clause != m.clause or m.start <= k.start < m.end or not set(k.meaning) & kinds:
                continue
            if any(
                d.category == "deficit" and d.clause == k.clause and (d.end == k.start or k.end == d.start)
                for d in phrase.matches
            ):
                return True
        return False

    def _names_an_absence(self, findings: Sequence[str]) -> bool:
        """Return True when a finding's own name is an absence ("no plantar flexion on calf squeeze")."""
        return any(NO_WORD.search(str(self.G.nodes[f]["label"])) for f in findings)

    def _test(self, phrase: Phrase, m: Match, side: str) -> list[Observation]:
        status, _ = status_of(phrase, m)
        present = not m.negated and status != "normal"
        found = sorted({f for test in m.meaning for f, _ in self.anatomy.into(test, RADIX.elicitedBy)})
        found = [f for f in found if "positive" in self.G.nodes[f]["label"].lower()] or found
        if not found:
            return []
        absence_is_positive = self._names_an_absence(found)
        losses = all(LOSS_WORD.search(str(self.G.nodes[f]["label"])) for f in found)
        result = TONE_DENIED.search(" ".join(phrase.words[m.end :]))  # "DRE: no tone", "PR: nil squeeze": its result
        if not status and not absence_is_positive and losses and not result:
            # "prostate enlarged on DRE": a test whose positive result is a loss, named without a result, is context
            phrase.how.append("a test named without its result: not read as positive")
            return []
        if not absence_is_positive and negated_after(phrase, m):
            present = False  # "SLR: no pain down the leg"; but "calf squeeze: no plantar flexion" is the positive test
        if (
            present
            and STRAIGHT_LEG_RAISE in m.meaning
            and pain_stays_above_the_knee(" ".join(phrase.words[m.end :]), " ".join(phrase.words[: m.start]))
        ):  # "SLR limited at 50° by thigh pain only": a hamstring's pain, equivocal for a root
            phrase.how.append("a straight leg raise whose pain stays above the knee: not read")
            return []
        phrase.how.append(f"test read as {'positive' if present else 'negative'}")
        return [Observation(phrase.text, present, "finding", tuple(found), side=side, how=tuple(phrase.how))]

    def _eponym(self, phrase: Phrase, m: Match, side: str) -> Observation:
        """Read a named sign or test ("Tinel +ve at wrist"): its findings, narrowed to the anatomy the phrase names."""
        status = sign_status(phrase, m)  # "Hoffmann present": the sign is there
        present = not m.negated and status not in ("normal", "absent")  # "Babinski absent": no such sign
        if negated_after(phrase, m):
            present = False  # "Finkelstein: no pain over the first compartment", "Spurling didn't bring it on"
        places = [other for other in phrase.matches if other.category in (*ANATOMY, "structure")]
        # the place in the sign's own clause when there is one: "Tinel +ve over Guyon's canal, elbow Tinel -ve"
        places = [other for other in places if other.clause == m.clause] or places
        named = {node for other in places for node in other.meaning}
        near = set().union(*(self.anatomy.parts(n) | self.anatomy.wholes(n) for n in named)) if named else set()
        candidates = sorted(m.meaning)
        narrowed = [f for f in candidates if {n for _, n in self.findings.facts[f].anatomy} & near]
        findings = tuple(narrowed or candidates)
        phrase.how.append(f"'{m.key}' names {', '.join(self.G.nodes[f]['label'] for f in findings[:3])}")
        return Observation(phrase.text, present, "finding", findings, side=side, how=tuple(phrase.how))

    def _modifier(self, phrase: Phrase, m: Match) -> Observation | None:
        # the modifier word of the activity's own clause, else "on/when/after … walking" (what brings the symptom
        # on), else the nearest anywhere: "aching on standing and walking, eased by sitting" is not eased by walking
        word = nearest(phrase, m, ("modifier",))
        if word is None:  # "no better with rest": "with" opens a clause, but the modifier just before it is the rest's
            beside = nearest(phrase, m, ("modifier",), same_clause=False)
            word = beside if beside is not None and m.start - 2 <= beside.end <= m.start else None
        before = phrase.words[max(0, m.start - 3) : m.start]  # "on standing and walking": both
        if word is None and {"on", "when", "after", "during", "while", "with", "by"} & set(before):
            modifier = "aggravated"
        else:
            word = word or nearest(phrase, m, ("modifier",), same_clause=False)
            if word is None:
                return None
            modifier = word.meaning[0]
        # "not eased by sitting or bending forward", "leaning on my elbow doesn't make it worse": the relief (or the
        # aggravation) is absent, evidence against what that activity relieves (or aggravates)
        anatomy = tuple(("activity", a) for a in m.meaning)
        present = not m.negated and not (word is not None and word.negated)
        denied = [
            k for k in phrase.matches
            if k.category == "kind" and k.negated and _brought_by(phrase, k, m) and _denial_reaches(phrase, k)
        ]  # fmt: skip
        # "no pain with coughing": the cough brings no pain on; "no weakness, pain on walking" keeps walking's
        # aggravation (that denial is the weakness's, carried on by NegEx: the review of stop 35)
        present = present and not denied
        return Observation(phrase.text, present, "modifier", anatomy=anatomy, modifier=modifier, how=tuple(phrase.how))

    def _region_reflex(self, phrase: Phrase, m: Match) -> Match:
        """Read a region coordinated with a reflex as that region's reflex ("absent knee and ankle reflexes").

        A region whose kind word is "reflexes" is that region's reflex too ("the reflexes at both my ankles were
        missing"): it was read as a reflex change somewhere in the ankle, which matched no finding (stop 30).
        """
        if m.category != "region":
            return m
        kind = nearest(phrase, m, ("kind",))
        if kind is not None and "reflex" not in kind.meaning:
            return m
        if kind is None and not any(o.category == "reflex" and o.clause == m.clause for o in phrase.matches):
            return m
        vocabulary = self.studies.vocabulary.meaning
        reflexes = vocabulary.get(("reflex", f"{m.key} reflex"), set()) | vocabulary.get(
            ("reflex", f"{m.key} jerk"), set()
        )
        if not reflexes:
            return m
        phrase.how.append(f"'{m.key}' read as its reflex")
        return Match(m.start, m.end, "reflex", m.key, sorted(reflexes), m.negated, m.clause)

    def _kind(self, phrase: Phrase, m: Match) -> tuple[str, str]:
        word = nearest(phrase, m, ("kind",))
        if word is not None and not _names_a_kind(word):  # "reduced pinprick in the perineum on examination":
            named = replace(phrase, matches=[o for o in phrase.matches if o.category != "kind" or _names_a_kind(o)])
            word = nearest(named, m, ("kind",)) or word  # the pinprick's kind, not every kind's (stop 51)
        if m.category == "region" and word is None and (joined := self._joined(phrase, m)) is not None:
            return joined
        if word is None and m.category == "region" and _power_said(phrase, m):
            return "weakness", ""  # "numb band T9-T11, legs strong": power, not the other clause's numbness
        word = word or nearest(phrase, m, ("kind",), same_clause=False)
        kinds = [k for k in (word.meaning if word else []) if k != "all"]
        if m.category == "reflex":
            return "reflex", ""
        if (
            m.category == "muscle"
            and word is None
            and any(o.category == "reflex" and o.clause == m.clause for o in phrase.matches)
        ):
            return "reflex", ""  # "biceps and brachioradialis reflexes": the muscle's reflex
        if kinds and m.category in ("muscle", "movement") and kinds[0] == "pain":
            if _unable_right_before(phrase, m) and word is not None and (word.start < m.start or word.negated):
                return "weakness", ""  # "as the pain eased he could not lift the arm", "… no pain" (not "due to pain")
            return "pain", word.key if word else ""
        if kinds and not (m.category in ("muscle", "movement") and kinds[0] == "sensory"):
            return kinds[0], word.key if word else ""
        if m.category == "region":
            return NO_KIND  # a place named with no kind word anywhere in the phrase is context, not a deficit
        return DEFAULT_KIND[m.category], ""

    def _joined(self, phrase: Phrase, m: Match) -> tuple[str, str] | None:
        """Return the kind of a pain or numbness named right after a place and joined to it ("thigh and knee pain").

        The finding's name holds the kind word, so the place before it had none of its own: it was dropped, or took a
        kind word of the next clause ("front thigh and knee pain, inner shin numb" read a numb front thigh).
        """
        after = min((o for o in phrase.matches if o.start >= m.end), key=lambda o: o.start, default=None)
        if after is None or after.category != "finding" or after.clause != m.clause:
            return None
        if phrase.words[m.end : after.start] not in (["and"], ["+"], ["&"], ["/"]):
            return None
        kinds = {facts.kind for f in after.meaning if (facts := self.findings.facts.get(f)) is not None}
        if len(kinds) != 1 or not kinds & {"pain", "sensory"}:
            return None
        how = list(phrase.how)
        present = self._finding_present(phrase, after)
        phrase.how[:] = how  # the finding's own reading says how its status was read; asking here says nothing new
        if not present and not m.negated:  # "thigh and knee pain normal": the place is context, no other clause's kind
            return NO_KIND
        kind = kinds.pop()  # "no hip and knee pain": the place is denied with the finding (it had been dropped)
        word = after.key.split()[-1]
        return kind, word if word in SYMPTOM_KIND_WORDS else kind  # "calf and burning feet": pain, not "feet"

    def _anatomy(self, phrase: Phrase, m: Match, kind: str, kind_word: str, side: str) -> Observation:
        status, word = status_of(phrase, m)
        if word == "present" and kind_word in SYMPTOM_KIND_WORDS:
            status = "positive"  # "numbness present over the lateral foot": a change that is there
        note_negation(phrase, m)
        if kind == "reflex" and m.category == "muscle":  # "biceps and brachioradialis reflexes absent"
            reflexes = sorted({r for node in m.meaning for r, _ in self.anatomy.into(node, RADIX.reflexOfMuscle)})
            if reflexes:
                m = Match(m.start, m.end, "reflex", m.key, reflexes, m.negated, m.clause)
                phrase.how.append(f"'{m.key}' read as its reflex")
        if kind == "reflex" and not status and symmetric(phrase):
            status = "normal"  # "reflexes symmetrical": no reflex is lost on one side
        if kind == "reflex":
            present = status in ("absent", "reduced", "brisk") or (m.negated and status != "normal")
            direction = status if status in ("absent", "reduced", "brisk") else ("absent" if m.negated else "")
        else:
            # "can't dorsiflex the foot, no pain": the inability is its own, unless weakness itself is denied
            unable = _unable_right_before(phrase, m) and not _weakness_denied(phrase)
            present = not m.negated and status != "normal" and (unable or not self._kind_negated(phrase, m))
            direction = status
        anatomy = tuple((m.category, node) for node in m.meaning)
        findings = self._findings_about(
            kind, anatomy, direction, wasting=kind_word in WASTING_WORDS, both=side == "bilateral", said=_said(phrase)
        )
        if findings:
            phrase.how.append("matches " + ", ".join(self.G.nodes[f]["label"] for f in findings[:3]))
            return Observation(phrase.text, present, "finding", findings, anatomy, side=side, how=tuple(phrase.how))
        if kind == "reflex" and direction == "brisk":
            phrase.how.append("a brisk reflex: an upper motor neuron sign")
            return Observation(phrase.text, present, "umn", (), anatomy, side=side, how=tuple(phrase.how))
        return Observation(phrase.text, present, kind, (), anatomy, side=side, how=tuple(phrase.how))

    def _findings_about(
        self,
        kind: str,
        anatomy: tuple[tuple[str, str], ...],
        direction: str,
        *,
        wasting: bool = False,
        both: bool = False,
        said: frozenset[str] = frozenset(),
    ) -> tuple[str, ...]:
        """Return the graph's findings of ``kind`` about this anatomy, the closest first.

        A deficit (weakness, reflex, sensory) matches a finding about exactly the anatomy named (a
        muscle also stands for the movements it performs). Pain named along several regions ("from
        the buttock to the lateral foot") matches a pain finding whose regions cover them all. A
        deficit named on both sides also matches a two-sided finding about a region that contains
        the one named ("sciatica in both legs": bilateral leg symptoms, of the lower limb). A finding
        whose name says more than the phrase (an activity, a time, a test: :meth:`_extra_words`) is
        never matched: the phrase's words (``said``, normalised) must include what it adds.
        """
        wanted = {node for _, node in anatomy}
        for category, node in anatomy:
            if category == "muscle":
                wanted |= {movement for movement, _ in self.anatomy.out(node, RADIX.performs)}
        exact, covering = [], []
        nearby = {finding for node in wanted for finding in self._about.get(node, ())}
        several = len(wanted) > 1
        if kind == "pain" and several:
            nearby |= self._radiating
        if both:
            wholes = {whole for kind_, node in anatomy if kind_ == "region" for whole in self.anatomy.wholes(node)}
            nearby |= {finding for node in wholes for finding in self._about.get(node, ())
                       if self.findings.facts[finding].bilateral}  # fmt: skip
            wanted |= wholes
        for finding in sorted(nearby):
            facts = self.findings.facts[finding]
            if kind not in facts.kinds or (facts.bilateral and not both):
                continue
            if not self._extra.get(finding, frozenset()) <= said:
                continue  # the finding says more than the phrase: "leg pain on cycling" for "pain in both legs"
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
            elif kind == "pain" and several and self.anatomy.out(finding, RADIX.radiatesAlong):
                covered = set().union(*(self.anatomy.parts(node) for node in nodes))
                share = len(wanted & covered)
                if share >= 2:
                    covering.append((-share, len(nodes), finding))
        if kind == "pain" and covering:
            best = min(covering)[0]
            return tuple(finding for share, _, finding in sorted(covering) if share == best)
        if both and any(self.findings.facts[f].bilateral for f in exact):
            exact = [f for f in exact if self.findings.facts[f].bilateral]  # "both feet": the two-sided finding
        return tuple(sorted(exact, key=lambda f: (len(self.findings.facts[f].anatomy), f)))

    @staticmethod
    def _kind_negated(phrase: Phrase, m: Match) -> bool:
        """Return True when the kind word that gave ``m`` its kind is negated after it or in another clause.

        "I can't bend my thumb and index finger, and it doesn't hurt", "my leg isn't weak": NegEx negates
        "hurt" and "weak", not the place named before them, so the deficit named there is absent.
        """
        word = nearest(phrase, m, ("kind",)) or nearest(phrase, m, ("kind",), same_clause=False)
        # after the place in its own clause too: "my leg isn't weak", "the lower back doesn't hurt"
        return word is not None and word.negated and (word.clause != m.clause or word.start > m.start)

    def _pain(self, phrase: Phrase, regions: list[Match], side: str, word_negated: bool = False) -> Observation:
        first = regions[0]
        status, word = status_of(phrase, first)
        # "bilateral leg pain now present": pain that is there ("present" is a normal word of a reflex only)
        present = not first.negated and not word_negated and (status != "normal" or word == "present")
        if word_negated:
            phrase.how.append("the pain word is negated in its own clause")
        nodes = [node for m in regions for node in m.meaning]
        # "round the chest at nipple level": the place inside another named one is the exact one (T4, not T2-T7)
        inner = [
            node for node in nodes if not any(other != node and other in self.anatomy.parts(node) for other in nodes)
        ]
        anatomy = tuple(("region", node) for node in dict.fromkeys(inner))
        findings = self._findings_about("pain", anatomy, "", both=side == "bilateral", said=_said(phrase))
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
        observations: list[Observation] = []
        for m in matches:
            if m.category != "kind":
                continue
            if any(o.category in (*ANATOMY, "finding", "test") and o.clause == m.clause for o in matches):
                continue
            if m.key in TENDERNESS:
                continue  # "no subacromial tenderness": a sign of the structure pressed, not pain anywhere
            if m.key in WASTING:
                continue  # "no wasting": an acute, central or functional weakness wastes nothing; it is not no weakness
            acting = [o for o in matches if o.category in ("activity", "modifier") and o.clause == m.clause]
            before = [o for o in acting if o.end <= m.start]
            last = max((o.end for o in before), default=m.start)
            # "eased by rest and no numbness": a denial of its own; "not" is the activity's ("coughing does not make …")
            denied_itself = bool(OPENING_DENIALS & set(phrase.words[last : m.start]))
            if before and not denied_itself:
                continue  # "coughing does not make the pain worse": the pain is there, the cough does nothing to it
            if any(_subject_of(phrase, m, o) for o in matches if o.category == "modifier" and o.clause == m.clause):
                continue  # "denies numbness, pain worse on walking": the pain is the subject of "worse", not denied
            if any(_brought_by(phrase, m, o) for o in matches if o.category == "activity"):
                continue  # "no pain on walking": walking brings no pain on, which says nothing of pain at rest
            after = [w for w, c in zip(phrase.words[m.end :], phrase.clauses[m.end :], strict=False) if c == m.clause]
            if LOCATIVE & set(after):
                continue  # "no pain over the 1st dorsal compartment": none there, which says nothing of elsewhere
            status, _ = status_of(phrase, m)
            balanced = "reflex" in m.meaning and not status and symmetric(phrase)
            if not (m.negated or status == "normal" or balanced):
                continue
            if "all" in m.meaning and any(  # "no sensory deficit": the deficit is the sensory one named beside it
                o.category == "kind" and "all" not in o.meaning and o.clause == m.clause for o in matches
            ):
                continue
            kinds = ("reflex", "sensory", "weakness") if "all" in m.meaning else tuple(m.meaning)
            kinds = tuple(k for k in kinds if k not in present_kinds)  # "low back pain, no radicular pain"
            kinds = tuple(k for k in kinds if k in ("reflex", "sensory", "weakness", "pain"))
            heads = list_heads(phrase, m) if kinds else []
            if heads:  # "leg power, reflexes and sensation normal": the leg's, not everywhere's
                observations.extend(self._listed(phrase, heads, kinds, [*found, *observations]))
            elif kinds:
                phrase.how.append(f"no {'/'.join(kinds)} change anywhere")
                observations.append(Observation(phrase.text, False, "global", kinds=kinds, how=tuple(phrase.how)))
        return observations

    @staticmethod
    def _listed(
        phrase: Phrase, heads: list[Match], kinds: tuple[str, ...], found: list[Observation]
    ) -> list[Observation]:
        """Return the denials of the kinds of a list item at each limb its list's head names (``list_heads``).

        The side is the head's own clause's ("R leg power 4/5, L leg power normal, sensation normal": the left leg's),
        else the phrase's; a kind already denied at that place and side is not denied again ("legs: tone, power …": the
        tone and the power are both the legs' power).
        """
        observations: list[Observation] = []
        for head in heads:
            anatomy = tuple(("region", node) for node in head.meaning)
            sided = [m for m in phrase.matches if m.category == "side" and m.clause == head.clause]
            side = (  # "R leg 4/5, L leg power normal, …": the left's; "legs: …": as the head's own kind was read
                sided[-1].meaning[0]
                if sided
                else next((o.side for o in found if o.anatomy == anatomy), side_of(phrase.matches))
            )
            said = {
                o.kind for o in [*found, *observations] if o.anatomy == anatomy and not o.present and o.side == side
            }
            new = tuple(kind for kind in kinds if kind not in said)
            if new:
                phrase.how.append(f"{'/'.join(new)} normal at '{head.key}', the head of its list")
            observations += [
                Observation(phrase.text, False, k, (), anatomy, side=side, how=tuple(phrase.how)) for k in new
            ]
        return observations

    # ---- studies -----------------------------------------------------------------------------


def _unable_right_before(phrase: Phrase, m: Match) -> bool:
    """Return True when an inability word ("could not", "can't") stands right before a movement or muscle.

    A narrative of neuralgic amyotrophy says the pain and then the weakness in one clause ("as the pain settled he
    couldn't lift the arm"): the pain word there is not the movement's kind (stop 53; the line had been unread).
    """
    return any(
        o.category == "deficit"
        and o.key in INABILITY
        and o.clause == m.clause
        and o.end <= m.start
        and all(w in SKIPPED or w.endswith("ly") for w in phrase.words[o.end : m.start])  # "unable to", "really"
        for o in phrase.matches
    )


def _weakness_denied(phrase: Phrase) -> bool:
    """Return True when the phrase denies weakness itself ("can't lift arm, no weakness on testing": pain-limited)."""
    return any(o.category == "kind" and "weakness" in o.meaning and o.negated for o in phrase.matches)


def _power_said(phrase: Phrase, m: Match) -> bool:
    """Return True when the status word of a place's own clause speaks of power only ("legs strong")."""
    word = nearest(phrase, m, ("normal",))
    pulses = PULSE_WORDS & {w for w, c in zip(phrase.words, phrase.clauses, strict=True) if c == m.clause}
    return word is not None and word.key in POWER_WORDS and not pulses  # "foot pulses strong": no power there


def _denial_reaches(phrase: Phrase, m: Match) -> bool:
    """Return True when a denial is ``m``'s own, not another clause's that NegEx carried on ("no weakness, pain on …").

    Its own: a denial word before it in its clause ("no pain"), or a denied list it ends ("no weakness, numbness or
    pain").
    """
    own = [w for w, c in zip(phrase.words[: m.start], phrase.clauses[: m.start], strict=True) if c == m.clause]
    return bool(OPENING_DENIALS & set(own)) or phrase.words[m.start - 1 : m.start] in (["or"], ["nor"])


def _brought_by(phrase: Phrase, kind: Match, activity: Match) -> bool:
    """Return True when an activity follows a kind word as what brings it on ("pain on walking", "pain with cough")."""
    return phrase.words[kind.end : activity.start] in BRINGING  # adjacent: "with" may open a clause of its own


BRINGING = [[word] for word in ("on", "with", "when", "while", "during", "after", "from", "at")]  # one word between
"""The word between a symptom and the activity that brings it on ("pain on walking"), in a note's clause."""


def _subject_of(phrase: Phrase, kind: Match, modifier: Match) -> bool:
    """Return True when a kind word is the subject of a modifier right after it in one sentence ("pain (is) worse")."""
    if not 0 <= modifier.start - kind.end <= 1:
        return False
    return " ".join(phrase.words[kind.end - 1 : modifier.start + 1]) in phrase.text.lower()  # no full stop between


TENDERNESS = frozenset({"tender", "tenderness"})
"""Kind words of tenderness: a sign of a structure (``findings.KIND_WORDS``), so no global statement about pain."""
WASTING = frozenset({"wasting", "wasted", "wast", "atrophy"})
"""Words of muscle wasting: denied without a place, they deny no weakness (sealed 38's B38-110, stop 34)."""

LOCATIVE = frozenset({"over", "behind", "around", "across", "along", "beneath", "under", "below", "above"})
"""Words that place a kind of change somewhere ("no pain over the first dorsal compartment"): it is then no
statement about the whole body, even when the place is not a region the reader knows."""


def _sides_by_part(phrase: Phrase, side: str) -> list[str]:
    """Return the side for each word: its ';'-separated part's own side, else the phrase's.

    "KJ 0 L, 2+ R; AJ 2+ bilat": the knee jerk is the left one, whatever the ankle jerks are; a part that
    names no side ("R leg: EHL 4/5; dorsum numb") takes the phrase's. In a part naming left in one clause and
    right in another ("EHL 2/5 L, inversion 3/5 L, R EHL 5/5"), or one side in one clause and both in another ("BJ
    reduced R, TJ and SJ symmetric"), each clause naming one side keeps it: the right EHL is normal, the left weak,
    the right biceps jerk reduced (the whole part had been read as both sides).
    """
    part_of, part = [], 0
    for word in phrase.words:
        part += word == ";"
        part_of.append(part)
    own = {
        index: side_of([m for m in phrase.matches if part_of[m.start] == index]) for index in set(part_of)
    }  # fmt: skip
    sides = [own[index] or side for index in part_of] + [side]  # a match may end the phrase
    named = [(m.clause, m.meaning[0]) for m in phrase.matches if m.category == "side" and m.meaning[0] in CLAUSE_SIDES]
    for index in set(part_of):
        in_part = {(clause, value) for clause, value in named if _part_of_clause(phrase, clause, part_of) == index}
        values = {value for _, value in in_part}
        if len(values) < 2:  # sides differ between clauses ("L …, R …" or "R …, … symmetric"), or nothing to do
            continue
        by_clause: dict[int, set[str]] = {}
        for clause, value in in_part:
            by_clause.setdefault(clause, set()).add(value)
        for position, clause in enumerate(phrase.clauses):
            if part_of[position] == index and len(by_clause.get(clause, ())) == 1:
                sides[position] = next(iter(by_clause[clause]))  # "L plantarflexion 4/5, R 5/5": each clause its side
    if not phrase.both_by_plural:
        return sides
    plural = both_by_plural(phrase.words, phrase.clauses, sides)  # "numb feet": both sides
    if plural != sides:
        phrase.how.append(BOTH_BY_PLURAL)
    return plural


def _part_of_clause(phrase: Phrase, clause: int, part_of: list[int]) -> int:
    """Return the ';'-part a clause lies in (the part of its first word)."""
    return next((part_of[i] for i, c in enumerate(phrase.clauses) if c == clause), -1)


def _parts(phrase: Phrase) -> list[Phrase]:
    """Split a phrase at ';' into parts, each with its own words and matches (positions from the part's start)."""
    bounds, start = [], 0
    for index, word in enumerate(phrase.words):
        if word == ";":
            bounds.append((start, index))
            start = index + 1
    bounds.append((start, len(phrase.words)))
    parts = []
    for first, last in bounds:
        if first >= last:
            continue
        matches = [
            Match(m.start - first, m.end - first, m.category, m.key, m.meaning, m.negated, m.clause)
            for m in phrase.matches
            if first <= m.start < last
        ]
        parts.append(Phrase(phrase.text, phrase.words[first:last], matches, phrase.how, phrase.clauses[first:last]))
    return parts


STUDIED = ("muscle", "region", "root", "nerve", "disc", "paraspinal")
"""Names a study result is about."""

SPLIT = (*STUDIED, "structure")
"""Names an electrodiagnostic line's results are split by (a structure: "no conduction block at the fibular head")."""
LOCATING = frozenset({*SPLIT, "zone", "condition"})
"""Categories of matched words that place a study's result (a root, nerve, structure, zone, or a condition with its
level): a line naming one is read by what it implicates, not as the findings it names."""


def _by_result(part: Phrase) -> list[Phrase]:
    """Split an electrodiagnostic result into its abnormal and its normal muscles, when it lists both.

    "EMG: fibs in biceps and brachialis, deltoid, BR, pronator teres normal": a muscle whose clause has an
    abnormal word (fibrillation, denervation, a deficit word) is abnormal; one whose clause, or the end of
    its comma list, says normal is normal. Each group becomes its own observation. A place NegEx denies is
    normal ("R fibular CMAP low, no conduction block at the fibular head": until stop 31 the fibular head was
    implicated as the lesion the line rules out); a structure otherwise goes by its status word, as a muscle does.
    """
    abnormal_clauses = {
        m.clause
        for m in part.matches
        if (m.category in ("study", "deficit") and not m.negated)
        and (m.category == "deficit" or m.key.startswith(ABNORMAL_EMG))
    }
    normal: list[Match] = []
    abnormal: list[Match] = []
    for m in part.matches:
        if m.category not in SPLIT:
            continue
        if m.negated:  # "fibular CMAP low, no conduction block at the fibular head": the head is named to be denied
            normal.append(m)
            continue
        if m.clause in abnormal_clauses:
            abnormal.append(m)
            continue
        word = nearest(part, m, ("deficit", "normal")) or shared_status(part, m)
        (normal if word is not None and word.category == "normal" else abnormal).append(m)
    affirmed = any(m.category == "deficit" and not m.negated for m in part.matches)
    if not normal or not (abnormal or affirmed):  # "CMAP low, no block at the fibular head": the head is normal
        return [part]
    pieces = []
    for keep, drop_status in ((abnormal, "normal"), (normal, "abnormal")):
        kept = {id(m) for m in keep}
        matches = [
            m for m in part.matches
            if (m.category not in SPLIT or id(m) in kept)
            and not (drop_status == "normal" and m.category == "normal")
            and not (drop_status == "abnormal" and (m.category == "deficit" or m.key.startswith(ABNORMAL_EMG)))
        ]  # fmt: skip
        words = [w if not (drop_status == "abnormal" and w.startswith(ABNORMAL_EMG)) else "" for w in part.words]
        # "ulnar SNAP normal, ulnar CMAP ↓": the SNAP is the normal piece's; the reduced CMAP is no SNAP
        clauses = {m.clause for m in keep}
        foreign = [m for m in matches if m.category == "study" and m.key == "snap" and m.clause not in clauses]
        if foreign:
            matches = [m for m in matches if m not in foreign]
            words = [w if not any(m.start <= i < m.end for m in foreign) else "" for i, w in enumerate(words)]
        pieces.append(Phrase(part.text, words, matches, part.how, part.clauses))
    return pieces


RESPONSES = frozenset({"snap", "cmap"})
"""The nerve conduction responses a line may list side by side, each with its own nerves."""


def _by_study(piece: Phrase, is_result: Callable[[Match], bool]) -> list[Phrase]:
    """Split a result listing a motor and a sensory response into one piece per response, each with its clauses.

    "NCS: low median CMAP, low ulnar SNAP + MAC SNAP" is a reduced median motor response and two reduced sensory ones:
    read as one result, the median nerve became a low SNAP, against the "median SNAP normal" that follows. A clause
    with no response word goes with the response named before it.
    """
    said = sorted(
        (m.clause, m.key if m.category == "study" else "finding")
        for m in piece.matches
        if (m.category == "study" and m.key in RESPONSES) or is_result(m)
    )  # a response the graph names as a finding ("low median CMAP") is a response of its own
    if len({key for _, key in said}) < 2:
        return [piece]
    owner: dict[int, str] = {}
    current = said[0][1]
    for clause in sorted(set(piece.clauses)):
        current = next((key for c, key in said if c == clause), current)
        owner[clause] = current
    pieces = []
    for key in dict.fromkeys(key for _, key in said):
        clauses = {c for c, k in owner.items() if k == key}
        matches = [m for m in piece.matches if m.clause in clauses]
        words = [w if c in clauses else "" for w, c in zip(piece.words, piece.clauses, strict=False)]
        pieces.append(Phrase(piece.text, words, matches, piece.how, piece.clauses))
    return pieces


def _said(phrase: Phrase) -> frozenset[str]:
    """Return the phrase's words in their normal forms (what a composed finding's name may add must be among them)."""
    return frozenset(norm(word) for word in phrase.words)


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


def _names_a_kind(match: Match) -> bool:
    """Return True for a kind word naming a kind of its own ("pinprick"), not every kind ("examination", "neuro")."""
    return bool(set(match.meaning) - {"all"})
