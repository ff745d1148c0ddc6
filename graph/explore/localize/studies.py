"""Study reports in a note: imaging and electrodiagnosis, read as what they implicate.

"MRI: right paracentral L4-L5 disc herniation" implicates the L5 root (the graph's herniation at that
level and zone compresses it; at a level with no herniation in the graph, the root that crosses the
disc, or for a foraminal or far-lateral zone the root that exits there). "EMG: fibs in L5
paraspinals" implicates the L5 root at root level; "sural SNAP normal" says the sural sensory
potential is spared. The model (``model.py``) weighs them with the sensitivities of
``parameters.py``.
"""

from __future__ import annotations

from graph.explore.localize import brain_scans, levels
from graph.explore.localize.anatomy import Anatomy
from graph.explore.localize.brain_scans import BRAIN
from graph.explore.localize.comma_clause import comma_clause
from graph.explore.localize.observation import Observation
from graph.explore.localize.phrase import Match, Phrase, status_of
from graph.explore.localize.study_words import (
    ABNORMAL_EMG,
    BONE_WORDS,
    CORD_WORDS,
    DENIALS,
    LESION_WORDS,
    MASS_WORDS,
    NORMAL_WORDS,
    NOT_DONE_AFTER,
    REQUEST_WORDS,
    SEQUENCE_BETWEEN,
    SEQUENCE_WORDS,
    a_met,
    cord_regions,
    denied,
    incidental,
)
from graph.explore.localize.vocabulary import Vocabulary
from graph.explore.localize.zones import DiscZones
from graph.namespaces import BASE, RADIX

LIMB_JOINTS = {"hip": BASE + "hip_joint", "knee": BASE + "knee_joint", "hips": BASE + "hip_joint",
               "knees": BASE + "knee_joint"}  # fmt: skip
"""Joints of the limbs a plain film or scan names: such a line implicates the joint, whose osteophytes or narrowing
are its own (osteoarthritis), not a spinal cause compressing a root ("X-ray: moderate osteoarthritis of both hips")."""
CAUDA_EQUINA = BASE + "cauda_equina"
"""What a lumbar or sacral imaging line compressing the thecal sac implicates (the cauda equina is in the sac)."""
CERVICAL_CORD = BASE + "cervical_spinal_cord"
"""What a cervical disc line that names the cord implicates besides the disc's root."""
THORACIC_CORD = BASE + "thoracic_spinal_cord"
"""What a thoracic imaging line that names the cord implicates ("T8 metastasis with epidural extension compressing
the cord")."""
CORD_OF_REGION = {"c": CERVICAL_CORD, "t": THORACIC_CORD}
"""The part of the cord an imaging line naming the cord implicates, by the region of the levels it names."""
PARASPINAL_REGIONS = {"cervical": "c", "thoracic": "t", "lumbar": "ls", "lumbosacral": "ls", "ls": "ls"}
"""Region words of a paraspinal EMG -> the first letters of the roots it samples."""


class Studies:
    """Reads study lines against one projection (the zones and levels of its herniations, indexed once)."""

    def __init__(self, anatomy: Anatomy, vocabulary: Vocabulary) -> None:
        self.anatomy = anatomy
        self.G = anatomy.G
        self.vocabulary = vocabulary
        self.zones = DiscZones(anatomy)

    def read(self, phrase: Phrase, study: Match, side: str) -> Observation | None:
        kind = study.meaning[0] if study.meaning else "imaging"
        result = self._result(phrase, study, side)
        if result is not None:
            return result
        words = set(phrase.words)
        zones = {node for m in phrase.matches if m.category == "zone" and _a_zone(phrase, m) for node in m.meaning}
        implicates: set[str] = set()
        anatomy: list[tuple[str, str]] = []
        discs = [m for m in phrase.matches if m.category == "disc"]
        for m in phrase.matches:
            if m.category == "condition" and discs and not m.negated and _a_zone(phrase, m):
                zones |= {z for c in m.meaning for z, _ in self.anatomy.out(c, RADIX.inZone)}
            elif m.category == "structure" and discs and not m.negated and _a_zone(phrase, m):  # "… and lateral recess"
                zones |= {z for node in m.meaning for z in self.zones.of_structure(node)}
        joints = (
            {LIMB_JOINTS[word] for word in words & LIMB_JOINTS.keys()} if kind == "imaging" and not discs else set()
        )
        affirmed = kind == "imaging" and _an_affirmed_condition(phrase)
        for m in phrase.matches:
            if affirmed and m.category in ("root", "nerve", "structure") and _said_normal(phrase, m):
                continue  # "lateral recess stenosis, central canal normal": the canal is named only as normal
            if joints and m.category in ("condition", "root", "structure"):
                continue  # "X-ray: hip joint-space loss, osteophytes": the hip's osteophytes, not the spine's
            if m.category == "root" and kind == "imaging" and a_sequence(phrase.words, m.start):
                continue  # "C5-C6 disc with T2 cord signal change": the MRI sequence, not the T2 root
            if m.category == "disc" and kind == "electrodiagnostic":
                implicates |= self._range_roots(m.key)
            elif m.category == "disc":
                implicates |= self.zones.roots(m.meaning, zones)
            elif m.category == "condition" and discs:
                continue
            elif m.category in ("root", "nerve", "structure"):
                implicates |= set(m.meaning)
            elif m.category == "condition":
                levels = [level for c in m.meaning for level, _ in self.anatomy.out(c, RADIX.atDiscLevel)]
                if levels and zones:  # "L3-L4 disc herniation, subarticular and foraminal": the zones' roots
                    implicates |= self.zones.roots(levels, zones)
                else:
                    implicates |= {r for c in m.meaning for r, _ in self.anatomy.out(c, RADIX.compressesRoot)}
                implicates |= {n for c in m.meaning for n, _ in self.anatomy.out(c, RADIX.affectsNerve)}
                if not implicates and not _a_unit(phrase, m):  # "NCS: length-dependent axonal polyneuropathy"
                    implicates |= set(m.meaning)  # the report names the diagnosis
            elif m.category in ("muscle", "region"):
                anatomy += [(m.category, node) for node in m.meaning]
            elif m.category == "finding":
                implicates |= {n for f in m.meaning for n, _ in self.anatomy.out(f, BASE + "implicates")}
        implicates |= joints
        # the regions of the spinal levels the line names ("c5-c6": cervical; "l2-l5": lumbar)
        named_levels = {
            word[:1]
            for i, word in enumerate(phrase.words)
            if word[1:2].isdigit() and word[:1] in "ctls" and not a_sequence(phrase.words, i)
        }  # "T2 signal change" names a sequence, not a thoracic level
        if kind == "imaging":  # "C5-C6 disc compressing the cord", "narrow cervical canal C3-C6": the cord there too
            implicates |= {CORD_OF_REGION[r] for r in cord_regions(phrase.words, named_levels) if r in CORD_OF_REGION}
        if kind == "imaging" and "thecal" in words and named_levels & {"l", "s"}:
            implicates.add(CAUDA_EQUINA)  # "L2-L5 … compressing the thecal sac": the sac holds the cauda equina there
        deniable: tuple[str, ...] = ("stenosis", "disc", "root", "nerve", "condition", "deficit", "finding")
        if kind == "electrodiagnostic":  # "across the fibular head: no conduction block": the result denied is normal
            deniable += ("structure", "muscle", "region")
            if not any(m.category == "study" and m.key.startswith(ABNORMAL_EMG) and not m.negated and m.end > m.start
                       for m in phrase.matches):  # fmt: skip
                deniable += ("study",)  # unless the line affirms one: "fibs in TA, no denervation in gastrocnemius"
        normal = (
            any(m.category == "normal" for m in phrase.matches)
            or study.negated
            or any(m.negated for m in phrase.matches if m.category in deniable)
        )
        denial = _denied_lesion(phrase.words)
        heading = phrase.words.index(":") if ":" in phrase.words[:4] else -1  # "CT brain:": the scan's own region
        if (
            kind == "imaging"
            and denial is not None
            and not any(
                heading < m.start < denial and not m.negated and m.category not in ("study", "normal", "side")
                for m in phrase.matches
            )
        ):
            normal = True  # "MRI: no enhancement of the cauda equina": what follows the denial is named only to deny it
        abnormal = any(m.category in ("deficit", "stenosis") and not m.negated for m in phrase.matches) or (
            kind == "imaging" and (_names_a_lesion(phrase.words) or affirmed)
        )
        present = abnormal or not normal
        electro = ""
        if kind == "electrodiagnostic":
            if "snap" in words:
                electro = "snap"
                snap = next((m for m in phrase.matches if m.category == "study" and m.key == "snap"), None)
                # the SNAP's own status word, in its clause (no study word when a finding's name took "SNAP")
                status = status_of(phrase, snap)[0] if snap is not None else ""
                if status:
                    present = status != "normal"
                else:
                    lost = [m for m in phrase.matches if m.category == "deficit" and not m.negated]
                    present = not normal or any(m.meaning[0] in ("reduced", "absent") for m in lost)
            elif any(m.category == "paraspinal" for m in phrase.matches):
                electro = "paraspinal"
            elif words & {"fibrillation", "denervation", "sharp", "neurogenic", "reinnervation"}:
                electro = "denervation"
            else:
                electro = "conduction"
        if electro == "paraspinal" and not implicates:
            implicates = self._ranged_roots(phrase.words) or self._paraspinal_roots(words)
        if kind == "electrodiagnostic" and not present and not implicates and not anatomy and electro == "conduction":
            electro = "snap"  # "NCS normal": a normal nerve conduction study includes normal sensory potentials
            phrase.how.append("a normal nerve conduction study read as normal sensory nerve action potentials")
        generic_snap = electro == "snap" and not present
        if not implicates and not anatomy and not (kind == "imaging" and not present) and not generic_snap:
            return None
        after = phrase.words[study.end : study.end + 1]
        not_done = (  # "no imaging yet", "no MRI": not done; "no MRI abnormality": a normal scan
            study.negated
            and DENIALS & set(phrase.words[max(0, study.start - 1) : study.start])
            and (not after or after[0] in NOT_DONE_AFTER)
        )
        if not_done and not implicates and not anatomy and not any(m.category == "normal" for m in phrase.matches):
            phrase.how.append("a study said not to be done: no result")  # "no imaging yet": not a normal scan
            return None
        lesion_of_brain = False
        if kind == "imaging" and BRAIN in implicates:
            brain = brain_scans.brain_line(phrase, study.key, implicates, self.anatomy.parts(BRAIN), side)
            if brain is None or not (brain.implicates or anatomy):
                return None
            implicates, side, lesion_of_brain = set(brain.implicates), brain.side, bool(brain.present)
            present = present if brain.present is None else brain.present
        structures_only = kind == "imaging" and implicates and not joints and self._structures_only(implicates, phrase)
        if side and structures_only and not lesion_of_brain:
            side = ""  # a brain lesion's side was made the limbs' above
            phrase.how.append("a structure's side on imaging is not the limb's (a brain lesion's is the other)")
        phrase.how.append(f"read as an {kind} report ({'abnormal' if present else 'normal'})")
        return Observation(phrase.text, present, kind, (), tuple(anatomy), side=side,
                           implicates=tuple(sorted(implicates)), electro=electro, how=tuple(phrase.how))  # fmt: skip

    def _result(self, phrase: Phrase, study: Match, side: str) -> Observation | None:
        """Return a study line that names one of the graph's test results and no place, read as that result.

        "NCS: prolonged distal latencies and temporal dispersion" is the graph's demyelinating nerve
        conduction, which the conditions that give it state with their frequency; read as a report, it
        would implicate nothing and be lost. A result named with a place ("F-waves absent in the tibial
        nerve") stays a report of that place.
        """
        found = [m for m in phrase.matches if m.category == "finding"]
        placed = {"disc", "root", "nerve", "structure", "condition", "muscle", "region", "paraspinal", "snap"}
        meanings = {tuple(m.meaning) for m in found}
        if len(meanings) != 1 or any(m.category in placed or m.key in placed for m in phrase.matches):
            return None  # no result, several, or a result placed somewhere: a report (below)
        meaning = found[0].meaning
        if not meaning or any(self.anatomy.out(f, BASE + "implicates") for f in meaning):
            return None
        negated = all(m.negated for m in found) or study.negated
        present = not (negated or any(m.category == "normal" for m in phrase.matches))
        phrase.how.append(f"read as the test result '{self.anatomy.name(meaning[0])}'")
        return Observation(phrase.text, present, "finding", tuple(meaning), side=side, how=tuple(phrase.how))

    def _structures_only(self, implicates: set[str], phrase: Phrase) -> bool:
        """Return True when an imaging line names structures only: no root, nerve, plexus or disc level.

        "MRI: acute infarct in the left hand knob" speaks of the left hemisphere, which moves the right
        hand; the line's side is therefore not a side of the findings.
        """
        if any(m.category in ("disc", "root", "nerve") for m in phrase.matches):
            return False
        return all(
            not {"NerveRoot", "PeripheralNerve", "NervePlexus", "PlexusElement"} & self.anatomy.types(node)
            for node in implicates
        )

    def _paraspinal_roots(self, words: set[str]) -> set[str]:
        """Return the roots a paraspinal EMG samples: those of the region named, or every root.

        "Cervical paraspinals normal" speaks of the cervical roots; paraspinals named with no region, of all.
        """
        prefixes = {prefix for word, prefix in PARASPINAL_REGIONS.items() if word in words}
        return {
            node
            for node in self.G
            if "NerveRoot" in self.G.nodes[node].get("types", ())
            and str(self.G.nodes[node]["label"])[1:2].isdigit()
            and (not prefixes or str(self.G.nodes[node]["label"])[:1].lower() in set("".join(prefixes)))
        }

    def _ranged_roots(self, words: list[str]) -> set[str]:
        """Return the roots of every level range a paraspinal line names ("T9-T11 paraspinals": T9, T10 and T11).

        A range of more than two levels is no disc (``shorthand.py`` reads "L4-L5" as one); read as no place, it made
        the paraspinal line sample every root.
        """
        found: set[str] = set()
        for word in words:
            for level in levels.range_levels(word) or ():
                found |= self.vocabulary.meaning.get(("root", level), set())
        return found

    def _range_roots(self, key: str) -> set[str]:
        """Return the roots at both ends of a range written like a disc level ("C5-C6 paraspinals": C5 and C6)."""
        found: set[str] = set()
        for end in key.split()[0].split("-"):
            found |= self.vocabulary.meaning.get(("root", end), set())
        return found

    # ---- the fallback --------------------------------------------------------------------------


def _a_zone(phrase: Phrase, m: Match) -> bool:
    """Return True when a zone word places a lesion: not denied, not said normal, not the canal's own name.

    "Lateral recess stenosis with an adequate central canal": "central" names the canal, whose clause holds no lesion;
    read as the herniation's zone, it made a lateral recess stenosis implicate the cauda equina and every sacral root.
    """
    if _said_normal(phrase, m):
        return False
    if phrase.words[m.end : m.end + 1] == ["canal"]:
        return any(
            o.category in ("stenosis", "deficit", "condition") and o.clause == m.clause and not o.negated
            for o in phrase.matches
        )
    return True


def _an_affirmed_condition(phrase: Phrase) -> bool:
    """Return True when an imaging line names a condition neither denied nor said normal in its clause.

    "MRI: L4-L5 lateral recess stenosis, central canal normal" is abnormal: the normal word is the canal's. Until stop
    30 any normal word made a line that named a lesion by a condition's name (no stenosis word) normal. A condition
    named after a request word is the reason for the scan, not its result ("MRI to exclude cauda equina syndrome: no
    compression"; the review of stop 30).
    """
    return any(
        m.category == "condition" and not _said_normal(phrase, m) and not _asked(phrase, m) for m in phrase.matches
    )


def _asked(phrase: Phrase, m: Match) -> bool:
    """Return True when a condition is named as a scan's question, not its result.

    A request word in the three words before it, or "for" right before it ("MRI to exclude cauda equina syndrome", "MRI
    for ?CES"); not "MRI for sciatica: epidural abscess at L3" (the second review of stop 30).
    """
    before = phrase.words[max(0, m.start - 3) : m.start]
    return bool(REQUEST_WORDS & set(before)) or before[-1:] == ["for"]


def _said_normal(phrase: Phrase, m: Match) -> bool:
    """Return True when a match is denied or a normal word stands in its clause."""
    return m.negated or any(o.category == "normal" and o.clause == m.clause for o in phrase.matches)


def _names_a_lesion(words: list[str]) -> bool:
    """Return True if an imaging line names a lesion with no denial before it (three words; a mass: ``denied``).

    A mass, cyst or bleed called incidental or old in its stretch ("incidental 12 mm Tarlov cyst") is no lesion.
    """
    return any(
        ((word in LESION_WORDS or _signal_change(words, i)) and not DENIALS & set(words[max(0, i - 3) : i]))
        or ((word in MASS_WORDS or a_met(words, i)) and not denied(words, i) and not incidental(words, i))
        for i, word in enumerate(words)
    )


def _signal_change(words: list[str], index: int) -> bool:
    """Return True when "signal" at ``index`` says the cord's signal is changed ("cord T2 signal T7 to T9").

    "T2 signal" or "signal change" is a lesion's sign when its own clause names the cord or the conus and holds no
    normal word ("cord T2 signal normal", "T2 signal preserved") and no bone (a vertebral endplate's Modic change is
    no cord lesion), and no denial stands in the four words before it ("no abnormal cord T2 signal"). Only the clause
    is looked at: "cord T2 signal change C4-C6, vertebral bodies normal" is a cord lesion (the reviews of stop 33).
    """
    if words[index] != "signal":
        return False
    start, end = comma_clause(words, index)
    clause = set(words[start:end])
    if (
        not CORD_WORDS & clause
        or NORMAL_WORDS & clause
        or BONE_WORDS & clause
        or DENIALS & set(words[max(start, index - 4) : index])
    ):
        return False
    return "t2" in words[max(0, index - 2) : index] or words[index + 1 : index + 2] in (["change"], ["changes"])


def _denied_lesion(words: list[str]) -> int | None:
    """Return where an imaging line's first denial of a lesion word starts ("no enhancement", "no bleed"), or None."""
    for i, word in enumerate(words):
        if word in LESION_WORDS and DENIALS & set(words[max(0, i - 3) : i]):
            return max(0, i - 3) + next(j for j, w in enumerate(words[max(0, i - 3) : i]) if w in DENIALS)
        if word in MASS_WORDS and denied(words, i):
            return next((j for j in range(i - 1, -1, -1) if words[j] in DENIALS), i)
    return None


def a_sequence(words: list[str], index: int) -> bool:
    """Return True when the word at ``index`` is "T1" or "T2" naming an MRI sequence (a sequence word follows it)."""
    if words[index] not in ("t1", "t2"):
        return False
    after = words[index + 1 : index + 3]
    return bool(after) and (after[0] in SEQUENCE_WORDS or (after[0] in SEQUENCE_BETWEEN and after[1:2] != []
                                                           and after[1] in SEQUENCE_WORDS))  # fmt: skip


def _a_unit(phrase: Phrase, m: Match) -> bool:
    """Return True when a name right after a number is its unit: "latency 4.6 ms" is milliseconds, not MS."""
    before = phrase.words[m.start - 1] if m.start > 0 else ""
    return m.end - m.start == 1 and any(ch.isdigit() for ch in before)
