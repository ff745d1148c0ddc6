"""A question and its answer, as a triage script or a structured history writes them, -> a finding's words.

Nurse-triage and telephone-advice scripts record each item as "Q: numbness around the bottom? A: no" or
"Q: can you stand on your heels? A: 'not on the right'". Read whole, the question's words name a finding and the
answer says whether it is there, but NegEx sees no negation before the finding ("A: no" comes after it), so the
denied red flag read as present. This module rewrites such an item into the words a note would use before the
reader sees it: a "no" answer negates the question ("no numbness around the bottom"), a "yes" answer keeps it, and
any other answer is the finding itself, with the question as its context ("numbness: the top of my right foot
feels dead"). It adds no knowledge; it only says which words the answer applies to.
"""

from __future__ import annotations

import itertools
import re

QUESTION_AND_ANSWER = re.compile(
    r"^\s*(?:q|question)\s*[:.]\s*(?P<question>.+?)\?\s*(?:a|answer)\s*[:.]\s*(?P<answer>.+?)\s*$", re.I
)
"""An item written "Q: … ? A: …" (or "Question: … ? Answer: …")."""

DENIAL = re.compile(
    r"^(?:no more than usual\b|(?:no|none|nope|never|(?:not|none) at all|all normal)(?=$|[,.;:!]))\W*(?P<rest>.*)$",
    re.IGNORECASE,
)
"""An answer that denies the question: "no", "none", "no, weeing normally" (not "no difference", which answers)."""

AFFIRMATION = re.compile(r"^(?:yes|yeah|yep|yup)(?=$|[,.;:!-])\W*(?P<rest>.*)$", re.IGNORECASE)
"""An answer that affirms the question: "yes", "yes, 'I can't feel the paper'"."""

PREAMBLE = re.compile(
    r"^(?:any|ever had|have you (?:had|got)|do you (?:have|get)|(?:is|are) there|does it|does|do|did|is it|is|are)\s+",
    re.IGNORECASE,
)
"""Words that only ask ("any weakness?"): dropped, so "no" stands before the finding."""

ASKING_WORDS = re.compile(r"\s*\b(?:ok|okay|alright|all right|fine|normal|anywhere else|anywhere)\b\s*", re.IGNORECASE)
"""Words of a question that only ask whether something is wrong ("walking OK?", "numbness anywhere else?"): dropped
before an answer that describes it, whose own words say what is wrong ("my foot catches on the kerb")."""

CAN_YOU = re.compile(r"^can you\s+(?P<ability>.+)$", re.IGNORECASE)
"""A question about an ability ("can you stand on your heels?"), answered "not on the right"."""

QUOTES = "'\"\u2018\u2019\u201c\u201d"
"""Quotation marks around a patient's answer, straight or curly."""


CHECKLIST_ITEM = re.compile(
    r"^\s*(?P<item>[^:?]{3,80}?)(?:\s*:|\s+[-\u2013])\s*(?P<answer>no|none|nil|denies|denied|yes)\s*\.?\s*$",
    re.IGNORECASE,
)
"""A checklist item answered by one word ("saddle anaesthesia: no", "anticoagulants - nil", "retention: yes"): an
implicit question. Until stop 26 "saddle anaesthesia: no" and "urinary retention: no" read as the red flag present,
and until stop 45 "saddle numbness, incontinence, retention: denies" (the history's denial after its list)."""


SYMPTOM_DENIED = re.compile(
    r"^\s*(?P<item>[^:?]{3,60}?)[\s:\u2013-]*\b(?P<answer>absent|none|nil|not present|0/10)[\s.]*$", re.IGNORECASE
)
"""A symptom said after its name to be absent ("foot numbness absent", "knee pain not present", "back pain 0/10"):
its denial, when the item ends in a symptom's name (``SYMPTOM_NAMES``). Only of a symptom: "ankle reflex absent" and
"foot sensation absent" are deficits, read as they stand (stop 32's review found "foot numbness absent" a numb foot)."""

SYMPTOM_NAMES = ("pain", "ache", "aches", "aching", "numbness", "tingling", "weakness", "pins and needles", "burning",
                 "sciatica", "cramp", "cramps", "paraesthesia", "paraesthesiae", "paresthesia", "paresthesias",
                 "anaesthesia", "anesthesia", "symptoms", "incontinence", "retention")  # fmt: skip
"""The last words of an item that name a symptom (a change felt), not a function that can be lost."""


NOT_A_SYMPTOM = re.compile(
    r"\d|\b(?:sensation|perception|temperature|pinprick|deep|vibration|response|withdrawal|grimace|sensitivity)\b",
    re.IGNORECASE,
)
"""Items whose last word names a symptom but that name a sense, a response or a level: "sensation to pain absent",
"temperature and pain absent", "withdrawal to pain absent" are a sense or a response lost, not a pain denied (the
reviews of stop 33); a level ("L5 numbness absent") is left alone, as it was before."""

STUDY_LINE = re.compile(r"\b(?:mri|ct|x-ray|xray|imaging|scan|emg|ncs)\b", re.IGNORECASE)
"""A study named in a line: its clauses are the study's results, read by the study reader, not split here."""


NOT_A_CHECKLIST_ITEM = re.compile(r"\d|\b(?:mr|mrs|ms|dr|able|downgoing|flexor|plantars?)\b", re.IGNORECASE)
"""Items the one-word answer is not a yes or no to besides a study (``STUDY_LINE``: "MRI: no"): a person ("Mr Jones -
no"), a number, or a sign named by its normal direction ("plantars downgoing: no"); these lines are left as they are."""

NORMAL_STATE = re.compile(r"\b(?:normal|intact|preserved)\b", re.IGNORECASE)
"""An item that names the normal state ("anal tone normal: no"): a "no" says it is reduced, not absent."""


CHECKBOX = re.compile(r"\[\s?(?P<tick>[xX*\u2713\u2714]?)\s?\]|(?P<box>[\u2610\u2611\u2612])")
"""A form's checkbox ("[x]", "[ ]", "\u2612", "\u2610"): a ticked box states the item after it, an empty one denies."""

EMPTY_BOXES = frozenset({"", "\u2610"})
"""What an empty box holds."""


def checkboxes(text: str, how: list[str]) -> str:
    """Return a line of checkboxes as its items, each stated or denied, one clause each; other lines unchanged.

    "[x] numbness  [x] leg pain  [ ] bladder change  [ ] saddle numbness" is "numbness; leg pain; no bladder change; no
    saddle numbness": an empty box denies its item (the form's unticked red flags had read as present). A line with
    text before its first box (not a heading ending in ":") has each box after its item ("Saddle numbness [ ]  Urinary
    retention [x]"); boxes labelled yes and no answer the item before them ("Saddle numbness: Y [ ] N [x]" is no
    saddle numbness; with no box ticked the line says nothing).
    """
    marks = list(CHECKBOX.finditer(text))
    if not marks:
        return text
    chunks = [text[: marks[0].start()], *(text[m.end() : n.start()] for m, n in itertools.pairwise(marks))]
    chunks.append(text[marks[-1].end() :])
    ticked = [_ticked(mark) for mark in marks]
    answers = _yes_no(chunks, ticked)
    if answers is not None:
        said = answers
    elif _boxes_after_items(chunks):
        items = [_item(chunk, tick) for chunk, tick in zip(chunks, ticked, strict=False)]
        said = "; ".join(item for item in [*items, chunks[-1].strip(" ,;")] if item)
    else:  # a box first (after a heading such as "Red flags:"): each box before its item
        items = [chunks[0].strip(" ,;")] + [_item(chunk, tick) for chunk, tick in zip(chunks[1:], ticked, strict=True)]
        said = "; ".join(item for item in items if item)
    how.append(f"checkboxes read as '{said}'")
    return said


def _boxes_after_items(chunks: list[str]) -> bool:
    """Return True when each box follows its item: text before the first box (no heading) and none after the last.

    "Saddle numbness [ ]  Urinary retention [x]  (see notes)": a parenthesis after the last box is a remark. "Red flags
    [ ] saddle numbness [x] retention" and "Patient reports [x] leg pain and [ ] numbness" end in an item: each box
    before its item (the third review of stop 33 found them read backwards).
    """
    first, last = chunks[0].strip(), PARENTHESES.sub("", chunks[-1]).strip(" ,;.")
    return bool(first) and not first.endswith(":") and not last


PARENTHESES = re.compile(r"\([^()]*\)")
"""A remark in parentheses ("(see notes)")."""

YES_NO = {"y": True, "yes": True, "n": False, "no": False}
"""A box's label that answers the item before it."""


def _ticked(mark: re.Match[str]) -> bool:
    """Return True when a checkbox is ticked."""
    return (mark["tick"] if mark["box"] is None else mark["box"]) not in EMPTY_BOXES


def _item(chunk: str, ticked: bool) -> str:
    """Return a checkbox's item, denied when its box is empty ('' when there is none)."""
    item = chunk.strip(" ,;:")
    return "" if not item else (item if ticked else f"no {item}")


def _yes_no(chunks: list[str], ticked: list[bool]) -> str | None:
    """Return the item a line of yes / no boxes answers, stated or denied, or None when the boxes are not yes / no.

    "Saddle numbness: Y [ ] N [x]" (each label before its box) and "saddle anaesthesia: [ ] yes [x] no" (after). What
    follows the last box is kept ("Foot drop: Y [x] N [ ] (L)" is a left foot drop); with no box ticked, or both, the
    line answers nothing and is returned empty.
    """
    first, *between, last = [chunk.strip(" :,;") for chunk in chunks]
    head, _, label = first.rpartition(" ")
    before = [label, *(chunk.rpartition(" ")[2] for chunk in between)]  # the label just before each box
    if all(word.lower() in YES_NO for word in before) and head:
        rest = last
    elif all(word.lower() in YES_NO for word in [*between, last.partition(" ")[0]]) and first:
        head, rest = first, last.partition(" ")[2]
        before = [*between, last.partition(" ")[0]]
    else:
        return None
    if len(ticked) < 2:
        return None  # "Leg pain [x] no numbness": one box is no yes / no pair
    chosen = [YES_NO[word.lower()] for word, tick in zip(before, ticked, strict=True) if tick]
    if len(chosen) > 1:
        return None  # several yes / no items on one line: read box by box
    if not chosen:
        return ""
    item = f"{head.strip(' :,;')} {rest}".strip()
    return item if chosen[0] else f"no {item}"


def _symptom_denied(text: str) -> str | None:
    """Return "foot numbness absent, calf weak" as "no foot numbness; calf weak", or None when it is no such line.

    Each clause (between commas or semicolons) is read on its own: "leg pain none, saddle anaesthesia none" denies
    both, and a clause that denies nothing stays as it is, a clause of its own (joined by a comma, the "no" had run
    along it as a negated list: "back pain absent, saddle anaesthesia" denied the saddle anaesthesia; the reviews of
    stop 33). A denial in the last clause only is shared by the list before it ("retention, incontinence or saddle
    numbness: none"), which the checklist rule and NegEx read; a line naming a study is the study reader's.
    """
    if STUDY_LINE.search(text):
        return None
    clauses = [clause.strip() for clause in re.split(r"[,;]", text) if clause.strip()]
    said, denied = [], []
    for clause in clauses:
        symptom = SYMPTOM_DENIED.match(clause)
        if symptom and symptom["item"].lower().endswith(SYMPTOM_NAMES) and not NOT_A_SYMPTOM.search(symptom["item"]):
            said.append(f"no {symptom['item'].strip()}")
            denied.append(clause)
        else:
            said.append(clause)
    if not denied or (len(clauses) > 1 and denied == clauses[-1:]):
        return None  # "retention, incontinence or saddle numbness: none": one denial shared by the list before it
    return "; ".join(said)


def rewrite(text: str, how: list[str]) -> str:
    """Return the item as a note's words when it is a question and its answer; otherwise the text unchanged."""
    text = checkboxes(text, how)
    said = _symptom_denied(text)
    if said is not None:
        how.append(f"symptom denied after its name, read as '{said}'")
        return said
    item = CHECKLIST_ITEM.match(text)
    if item is not None and not (STUDY_LINE.search(item["item"]) or NOT_A_CHECKLIST_ITEM.search(item["item"])):
        denied, words = item["answer"].lower() != "yes", item["item"].strip()
        if denied and NORMAL_STATE.search(words):
            said = NORMAL_STATE.sub("reduced", words)  # "anal tone normal: no" is anal tone reduced
        elif denied and re.fullmatch(r"continent(?: of \w+)?", words, re.IGNORECASE):
            said = f"not {words}"
        else:
            said = f"no {words}" if denied else words
        how.append(f"checklist item read as '{said}'")
        return said
    match = QUESTION_AND_ANSWER.match(text)
    if match is None:
        return text
    question = PREAMBLE.sub("", match["question"].strip())
    answer = match["answer"].strip().strip(QUOTES).strip()
    denial, affirmation = DENIAL.match(answer), AFFIRMATION.match(answer)
    ability = CAN_YOU.match(question)
    if denial is not None:
        rest = denial["rest"].strip(QUOTES + " ")
        said = f"no {question}" + (f"; {rest}" if rest else "")
    elif affirmation is not None:
        rest = affirmation["rest"].strip(QUOTES + " ")
        said = question + (f"; {rest}" if rest else "")
    elif ability is not None and answer.lower().startswith("not"):
        said = f"can't {ability['ability']} {answer[3:].strip()}"  # "can you stand on your heels? not on the right"
    elif answer.lower().startswith("makes it"):
        said = f"{question} {answer}"  # "coughing or sneezing? makes it shoot down the leg"
    else:
        said = f"{ASKING_WORDS.sub(' ', question).strip()}: {answer}"
    how.append(f"question and answer read as '{said}'")
    return said
