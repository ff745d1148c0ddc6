"""Numbers and levels in a note read as the graph's findings: age, weight lost, CSF protein, a sensory level.

The reader (``reader.py``) passes a phrase's tokens through :func:`rewrite` before its word tables:
each rule here finds a quantity in a few fixed token positions (no pattern can backtrack) and puts the
graph's name of what it means in its place, as its own clause (between ``;``), so that the words around
it (a negation, a status word) say nothing about it and it says nothing about them.

* **Age**: "62F", "22yo", "74-year-old", "Seventy-eight-year-old", "aged 62", "I'm 31": 50 or older is
  the graph's "older age" (its finding is "age over 50"); younger is read as that finding absent (said with
  a status word, "normal", not with "no": a negation would be carried along the note's list).
* **Weight lost**: "lost 8 kg", "wt ↓ 12 kg", "lost twenty kilos": weight loss.
* **CSF protein and cells**: a raised protein with a normal count is the graph's albuminocytological dissociation, a
  raised count with lymphocytes or neutrophils named its pleocytosis (``csf.py``).
* **Haemoglobin**: two values, the later lower ("Hb 128 → 96 g/L"), is the graph's falling haemoglobin.
* **Inflammatory markers**: "CRP 180", "ESR 95 mm/h": a CRP above 10 mg/L or an ESR above 20 mm/h is the
  graph's raised ESR or CRP (a lower value, that finding absent), read once per phrase.
* **Creatine kinase**: "CK 4,800 U/L", "CPK 900", "CK 3x ULN": above every group's upper limit, the graph's raised serum
  creatine kinase; below every group's, that finding absent (``creatine_kinase.py``).
* **Ankle-brachial index**: "ABI 0.55", "ankle-brachial index 0.62": 0.90 or less is the graph's reduced
  ankle-brachial index (peripheral arterial disease); above it, to 1.40, that finding absent.
* **Temperature**: "T 38.5", "temp 38.9 °C", "101.3 F": above 38.0 °C (100.4 °F) is the graph's fever; a lower
  value says nothing (early-morning and low readings are ambiguous).
* **CD4 count**: "CD4 18", "CD4 count 28 cells/µL": below 50 per µL is the graph's advanced HIV infection (its
  definition's threshold); a higher count says nothing.
* **Vital capacity**: an FVC said to fall in its own clause ("FVC 2.1 L and falling", "FVC 2.1 L down from 3.4 L"),
  not "not falling", is the graph's respiratory muscle weakness (neuromuscular respiratory failure, as the graph's
  synonym has it); a value alone says nothing (it depends on the patient's predicted value): ``vital_capacity.py``.
* **Heel raises**: a clause counting both sides, one clearly fewer, is the graph's fewer single-leg heel raises on that
  side (``heel_raises.py``).
* **Sensory level**: loss "below T8", "below C5" or "from T8 down" is a sensory level (the graph's "sensory level on the
  trunk"); the level itself names no lesion site the graph holds (the thoracic cord has no node).
"""

from __future__ import annotations

import re

from graph.explore.localize import csf, sensory_level
from graph.explore.localize.creatine_kinase import creatine_kinase
from graph.explore.localize.heel_raises import fewer_heel_raises
from graph.explore.localize.vital_capacity import said_to_fall, vital_capacity

ABOUT_WORDS = frozenset({"~", "about", "around", "approx", "approximately", "roughly", "c.", "ca."})
"""Words for "about" between "below" and a level ("below ~T10"): the level is still a sensory level."""
BEFORE_A_LEVEL = ABOUT_WORDS | {"the"}
"""Words that may stand between "below" and a level: "about", or "the" ("pinprick reduced below the T8 level", only in a
clause naming a sensation: "tumour below the T8 level" is none, the code review of stop 52)."""

ADULT_AGE = 50
"""The age from which a patient has the graph's ``older_age`` finding ("age over 50")."""


MARKER_UPPER = {"crp": 10.0, "esr": 20.0}
"""Upper limits of CRP (mg/L: 10, the usual reference range, Everyday Health's CRP results page) and ESR (mm/h:
20, under which spinal infection is unlikely, UMEM Educational Pearls 2021): above either, inflammatory
markers are raised."""

ABI_WORDS = frozenset({"abi", "abpi"})
SIDE_WORDS = frozenset({"r", "l", "right", "left", "rt", "lt"})
"""The words of a note that name one side, as written before the shorthand is read ("ABI R 0.55", "KJ R 1+")."""
ABI_UPPER = 0.90
"""An ankle-brachial index of 0.90 or less is peripheral arterial disease (SVS claudication guideline 2015);
above 1.40 the arteries are incompressible and the index says nothing, so it is not read."""
ABI_INCOMPRESSIBLE = 1.40

FEVER_ABOVE = {"c": 38.0, "f": 100.4}
"""A temperature above 38.0 °C (100.4 °F) after the early morning is a fever (MSD Manual Consumer Version, "Fever
in Adults": oral temperatures higher than 38 °C at any time after the early morning are elevated)."""
TEMPERATURE_WORDS = frozenset({"t", "temp", "temperature", "pyrexial", "febrile", "tmax", "thermometer"})
ADVANCED_HIV_CD4 = 50
"""A CD4 count below 50 per µL is the graph's ``advanced_hiv_infection`` (its definition: "a CD4 count below about
50 per microlitre", the level at which CMV polyradiculopathy occurs, Medscape HIV-associated neuropathy)."""

HBA1C_DIABETES = {"%": 6.5, "mmol/mol": 48.0}
"""An HbA1c at or above 6.5 % (48 mmol/mol) is diabetes; below 5.7 % (39 mmol/mol) it is normal, and between
the two prediabetes, which says nothing here (MSD Manual Professional, "Overview of Diabetes Mellitus",
Diagnosis: HbA1C >= 6.5 % = diabetes, 5.7 to 6.4 % = prediabetes). A value under 20 is read as a percentage,
above it as mmol/mol (the two scales do not overlap: 20 mmol/mol is 4 %)."""
HBA1C_NORMAL = {"%": 5.7, "mmol/mol": 39.0}
HBA1C_PERCENT_BELOW = 20.0

AGE_TOKEN = re.compile(r"^(\d{2,3})(?:yo|y/o|f|m|-year-old|-yr-old|yr-old|-years-old)$")
"""An age written as one token ("62f", "22yo", "74-year-old"); no nested repetition."""

NUMBER = re.compile(r"^\d{1,4}\.?\d{0,3}")
"""The number a token starts with ("1.1", "2/mm3", "150"); no nested repetition."""

ROOT_LEVEL = re.compile(r"^[ct]\d{1,2}$")
"""A cervical or thoracic level ("t8", "c5")."""
VOLUME_WORDS = frozenset({"drained", "residual", "pvr", "catheter", "bladder", "retention"})
"""Words before a volume: a decimal number and an "L" after one of them is litres, not a number on the left side."""
STUDY_VALUE_WORDS = frozenset({"snap", "cmap", "latency", "amplitude", "velocity", "sural", "median", "ulnar", "ehl"})
"""Words before a value of a nerve study or a grade: its "L" is a side ("median residual latency 2.6 L")."""

UNITS = {
    "tens": {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
             "ninety": 90},
    "ones": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "nineteen": 19},
}  # fmt: skip
"""Number words (for ages and weights written in words)."""

WEIGHT_UNITS = frozenset({"kg", "kgs", "kilo", "kilos", "kilograms", "stone", "stones", "lb", "lbs", "pounds"})
LOSS_WORDS = frozenset({"lost", "loss", "losing", "↓"})
AGE_BEFORE = frozenset({"aged", "age"})
HAEMOGLOBIN = frozenset({"hb", "haemoglobin", "hemoglobin", "hgb"})
I_AM = frozenset({"i'm", "im"})


def number(token: str) -> float | None:
    """Return the number a token is or starts with ("8", "1.1", "2/mm3", "eight", "twenty-two"), or None."""
    found = NUMBER.match(token)
    if found:
        return float(found.group(0))
    return _words_number(token.split("-"))


def _words_number(parts: list[str]) -> float | None:
    if not parts or not parts[0]:
        return None
    if parts[0] in UNITS["ones"] and len(parts) == 1:
        return float(UNITS["ones"][parts[0]])
    if parts[0] in UNITS["tens"]:
        tens = UNITS["tens"][parts[0]]
        if len(parts) == 1:
            return float(tens)
        if len(parts) == 2 and parts[1] in UNITS["ones"] and UNITS["ones"][parts[1]] < 10:
            return float(tens + UNITS["ones"][parts[1]])
    return None


def age(tokens: list[str], index: int) -> tuple[float, int] | None:
    """Return (age, tokens used) when an age starts at ``index``, else None."""
    token = tokens[index]
    if not (token[:1].isdigit() or token in AGE_BEFORE or token in I_AM or token.endswith("-year-old")):
        return None  # the cheap test first: most tokens are not ages
    found = AGE_TOKEN.match(token)
    if found:
        return float(found.group(1)), 1
    if token.endswith("-year-old"):  # "seventy-eight-year-old"
        value = _words_number(token.removesuffix("-year-old").split("-"))
        return (value, 1) if value is not None else None
    after = tokens[index + 1 : index + 3]
    value = number(token) if token[:1].isdigit() else None
    if value is not None and (after[:1] == ["yo"] or after == ["year", "old"] or after == ["years", "old"]):
        return value, 1 + (1 if after[:1] == ["yo"] else 2)
    if token in AGE_BEFORE | I_AM and after and after[0].isdigit() and len(after[0]) in (2, 3):
        rest = tokens[index + 2 : index + 3]
        if token in I_AM and rest and rest[0] not in ("and", ",", ";"):
            return None  # "I'm 80 metres from home": only "I'm 31 and …" / "I'm 31," is an age
        return float(after[0]), 2
    return None


def rewrite(tokens: list[str], how: list[str]) -> list[str]:
    """Return the tokens with ages, weights, CSF values, heel raises and levels put as the graph names them.

    Each in its own clause (see the module docstring).
    """
    fewer = fewer_heel_raises(tokens)  # a clause of both sides' counts: the side with fewer, in the clause's place
    if fewer is not None:
        start, end, side, few, many = fewer
        how.append(f"heel raises {few} on the {side} against {many}: fewer single-leg heel raises on the {side}")
        tokens = [*tokens[:start], ";", side, "weak", "single-leg", "heel", "raise", ";", *tokens[end:]]
    out: list[str] = []
    index = 0
    markers_read = False
    while index < len(tokens):
        token = tokens[index]
        value = number(tokens[index + 1]) if token in MARKER_UPPER and index + 1 < len(tokens) else None
        if value is not None:
            if not markers_read:  # "CRP 180, ESR 95": one finding, not two
                raised = value > MARKER_UPPER[token]
                meaning = "raised inflammatory markers" + ("" if raised else " normal")
                how.append(f"{token.upper()} {tokens[index + 1]} read as '{meaning}'")
                out += [";", *meaning.split(), ";"]
                markers_read = True
            index += 2
            continue
        ck = creatine_kinase(tokens, index) if index + 1 < len(tokens) else None
        if ck is not None:
            raised, written, used = ck
            meaning = "raised ck" if raised else "raised ck normal"
            how.append(f"creatine kinase {written} read as '{meaning}'")
            out += [";", *meaning.split(), ";"]
            index += used
            continue
        if _litres(tokens, index):  # "catheter drained 1.2 L": 1200 mL, and no left side
            millilitres = f"{(number(token) or 0.0) * 1000:g}"
            how.append(f"'{token} L' read as {millilitres} mL")
            out += [millilitres, "ml"]
            index += 2
            continue
        reading = _temperature(tokens, index)
        if reading is not None:
            (value, scale), used = reading
            if value > FEVER_ABOVE[scale]:
                how.append(f"temperature {value:g} °{scale.upper()} read as 'fever'")
                out += [";", "fever", ";"]
            index += used
            continue
        if token == "hba1c" and index + 1 < len(tokens) and number(tokens[index + 1]) is not None:
            value = number(tokens[index + 1]) or 0.0
            scale = "%" if value < HBA1C_PERCENT_BELOW else "mmol/mol"
            meaning = "diabetes mellitus" if value >= HBA1C_DIABETES[scale] else ""
            meaning = "no diabetes mellitus" if value < HBA1C_NORMAL[scale] else meaning
            if meaning:
                how.append(f"HbA1c {value:g} {scale} read as '{meaning}'")
                out += [";", *meaning.split(), ";"]
            index += 2
            continue
        if token == "cd4":
            count = next((number(t) for t in tokens[index + 1 : index + 3] if number(t) is not None), None)
            if count is not None and count < ADVANCED_HIV_CD4:
                how.append(f"CD4 count {count:g} read as 'advanced HIV infection'")
                out += [";", "advanced", "hiv", "infection", ";"]
            out.append(token)
            index += 1
            continue
        abi = _abi(tokens, index)
        if abi is not None:
            value, used, side = abi
            while True:
                if value <= ABI_INCOMPRESSIBLE:
                    meaning = "reduced ankle-brachial index" + ("" if value <= ABI_UPPER else " normal")
                    how.append(f"ankle-brachial index {value:g} read as '{meaning}'")
                    out += [";", *([side] if side else []), *meaning.split(), ";"]
                index += used
                # the other side's value right after ("ABI R 0.55, L 0.82"; "ABI 0.55 R, 0.95 L")
                rest = tokens[index + (tokens[index : index + 1] == [","]) :][:2]
                following, other = None, ""
                if side and len(rest) == 2 and rest[0] in SIDE_WORDS:
                    following, other = number(rest[1]), rest[0]
                elif side and len(rest) == 2 and rest[1] in SIDE_WORDS:
                    following, other = number(rest[0]), rest[1]
                if following is None or following >= 3:
                    break
                value, side, used = following, other, 2 + (tokens[index : index + 1] == [","])
            continue
        found = age(tokens, index)
        if found is not None:
            years, used = found
            meaning = "older age" if years >= ADULT_AGE else "older age normal"  # a status word: no negation to carry
            how.append(f"age {years:.0f} read as '{meaning}'")
            out += [";", *meaning.split(), ";"]
            index += used
            continue
        if token in LOSS_WORDS and _weight_follows(tokens[index + 1 : index + 4]):
            how.append(f"'{' '.join(tokens[index : index + 3])}' read as weight loss")
            out += [";", "weight", "loss", ";"]
            index += 1
            continue
        clause = vital_capacity(tokens, index)
        if clause is not None and said_to_fall(clause, [number(word) for word in clause[:8]]):
            how.append("a vital capacity said to fall read as 'respiratory muscle weakness'")
            if token == "capacity" and out[-1:] == ["vital"]:
                out.pop()
            out += [";", "respiratory", "muscle", "weakness", ";"]
            # its own values' litres are no side: "FVC 2.1 L and falling" names no left (a later clause keeps its "L")
            end = index + 1 + len(clause)
            kept = [t for i, t in enumerate(clause) if not (t == "l" and i and number(clause[i - 1]) is not None)]
            tokens = tokens[: index + 1] + kept + tokens[end:]
            index += 1
            continue
        if token in HAEMOGLOBIN and _falls(tokens[index + 1 : index + 7]):
            how.append("two haemoglobin values, the later lower, read as falling haemoglobin")
            out += [";", "falling", "haemoglobin", ";"]
            index += 1
            continue
        about = 1 if index + 2 < len(tokens) and tokens[index + 1] in BEFORE_A_LEVEL else 0  # "below about T10"
        level = tokens[index + 1 + about].lstrip("~") if index + 1 + about < len(tokens) else ""  # "below ~T10"
        the = bool(about) and tokens[index + 1] == "the"  # "below the T8 level": a level only of a sensation named
        if token == "below" and ROOT_LEVEL.match(level) and sensory_level.a_loss(tokens, index, sensory_word=the):
            how.append(f"'below {level}' read as a sensory level")
            out += [";", "sensory", "level", ";", level]
            index += 2 + about
            continue
        down = sensory_level.running_down(tokens, index, ABOUT_WORDS)  # "PP reduced from ~T5 downwards"
        if down is not None and sensory_level.a_loss(tokens, index, sensory_word=True):
            level, said, at = down  # "numb from about the umbilicus down": T10
            how.append(f"'from {said} down' read as a sensory level")
            out += [";", "sensory", "level", ";", level]
            index = at + 1
            continue
        out.append(token)
        index += 1
    of_csf = csf.of_csf(tokens)
    values = [number(token) for token in tokens] if of_csf else []
    if of_csf and csf.albuminocytological(tokens, values):
        how.append("raised CSF protein with a normal cell count read as albuminocytological dissociation")
        out += [";", "albuminocytologic", "dissociation"]
    pleocytosis = csf.pleocytosis(tokens, values) if of_csf else None
    if pleocytosis:
        how.append(f"a raised CSF cell count with {pleocytosis} read as {pleocytosis} pleocytosis")
        out += [";", "csf", pleocytosis, "pleocytosis"]
    return out


def _temperature(tokens: list[str], index: int) -> tuple[tuple[float, str], int] | None:
    """Return ((value, "c" or "f"), tokens used) for a temperature at ``index`` ("t 38.5", "38.9°c", "101 f")."""
    token = tokens[index]
    if token in TEMPERATURE_WORDS and index + 1 < len(tokens):
        value = number(tokens[index + 1])
        unit = tokens[index + 2] if index + 2 < len(tokens) else ""
        scale = _scale(value, tokens[index + 1] + unit)
        return ((value, scale), 2 + (unit in ("°c", "°f", "c", "f"))) if value is not None and scale else None
    value = number(token)
    if value is not None and token.endswith(("°c", "°f")):
        scale = _scale(value, token)
        return ((value, scale), 1) if scale else None
    unit = tokens[index + 1] if index + 1 < len(tokens) else ""
    if value is not None and unit in ("°c", "°f"):  # "38.9 °C": the degree sign says it is a temperature
        scale = _scale(value, token + unit)
        return ((value, scale), 2) if scale else None
    return None


def _scale(value: float | None, written: str) -> str:
    """Return "c" or "f" when ``value`` is a body temperature on that scale (as written, else by its size), else ""."""
    if value is None:
        return ""
    if 34.0 <= value <= 43.0 and not written.endswith("f"):
        return "c"
    if 93.0 <= value <= 110.0 and not written.endswith("c"):
        return "f"
    return ""


def _abi(tokens: list[str], index: int) -> tuple[float, int, str] | None:
    """Return an ankle-brachial index written at ``index`` ("abi 0.55", "abi r 0.55"), its length and its side."""
    token = tokens[index]
    if token in ABI_WORDS:
        used = 1
    elif token.startswith("ankle-") and tokens[index + 1 : index + 2] == ["index"]:
        used = 2
    elif token == "ankle" and tokens[index + 1 : index + 2] == ["brachial"]:
        used = 3 if tokens[index + 2 : index + 3] == ["index"] else 4  # "ankle brachial (pressure) index"
        if tokens[index + used - 1 : index + used] != ["index"]:
            return None
    else:
        return None
    side = (
        tokens[index + used] if tokens[index + used : index + used + 1] and tokens[index + used] in SIDE_WORDS else ""
    )
    used += bool(side)  # "ABI R 0.55, L 0.82": the side stays with the value it names
    value = number(tokens[index + used]) if index + used < len(tokens) else None
    if value is None or value >= 3:
        return None
    used += 1
    after = tokens[index + used : index + used + 2]
    if not side and after and after[0] in SIDE_WORDS and after[1:] not in ([">"], ["<"], ["="]):
        side = after[0]  # "ABI 0.55 R, 0.95 L": the side written after its value (not "ABI 0.6 R > L", a comparison)
        used += 1
    return value, used, side


def _falls(after: list[str]) -> bool:
    """Return True when the next tokens hold two numbers, the second lower ("128 → 96", "from 13 to 8")."""
    values = [value for value in (number(token) for token in after if token[:1].isdigit()) if value is not None]
    return len(values) >= 2 and values[1] < values[0]


def _weight_follows(after: list[str]) -> bool:
    """Return True when a number and a unit of weight follow ("8 kg", "eight kilos", "12kg")."""
    for position, token in enumerate(after):
        if number(token) is None:
            continue
        digits = NUMBER.match(token)
        unit = token[len(digits.group(0)) :] if digits else ""
        following = after[position + 1 : position + 2]
        return unit in WEIGHT_UNITS or bool(following and following[0] in WEIGHT_UNITS)
    return False


def _litres(tokens: list[str], index: int) -> bool:
    """Return True for a decimal number followed by "l" after a word of volume ("catheter drained 1.2 L").

    Stop 40: read as a post-void residual of 1.2 mL (no retention) on the left side. Only after a word of volume in
    the four words before, within the clause, and not after a nerve study's value ("sural SNAP 2.1 L" is the left's).
    """
    token = tokens[index]
    if "." not in token or number(token) is None or tokens[index + 1 : index + 2] != ["l"]:
        return False
    before: list[str] = []
    for word in reversed(tokens[max(0, index - 4) : index]):
        if word in (",", ";", "."):
            break
        before.append(word)
    return not VOLUME_WORDS.isdisjoint(before) and STUDY_VALUE_WORDS.isdisjoint(before)
