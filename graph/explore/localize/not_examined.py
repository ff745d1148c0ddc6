"""A test said not done says nothing of its finding: ISNCSCI's "NT" (stop 54).

"KJ not tested (dressing)", "PR not done", "Spurling's not done", "perianal sensation and anal tone cannot be examined
remotely", "unable to assess saddle sensation over the phone": NegEx had read each as its finding denied (a normal knee
jerk, a negative Spurling test, a normal saddle) or, where the test's name stood alone, as a loss ("perianal
sensation" is read as its loss when nothing says its status). The clause saying so is dropped before the note is read,
and a line of nothing else stays unread (as ``sacral_words.NOT_EXAMINED`` has it for the sacral sensation).

Only the test's own words go: a clause ends at a comma, a semicolon, a colon, a bracket, a sentence's full stop, a dash
or "but", "although", "while", "whereas", "with" (a clause of nothing but "not tested" takes the heading before it when
that is a test's bare name: "Knee jerk, not tested"); within it, items joined by "and" before the untested one go with
it only while they are a test's bare name (``TEST_WORDS``: "knee and ankle jerks not tested", "perianal sensation and
anal tone cannot be examined"), so "Saddle anaesthesia and PR not done" keeps its saddle anaesthesia, the cauda equina's
red flag (the clinical and late reviews of stop 54 found the whole clause, then a list of status words, dropping it).
"Could not be elicited" is an absent reflex, not an untested one (``inability.contract``).
"""

from __future__ import annotations

import re

NOT_DONE = re.compile(
    r"\bnot (?:formally |fully |yet )?(?:tested|assessed|examined|done|performed|checked)\b", re.IGNORECASE
)
"""A test said not done ("KJ not tested", "PR not done", "sensation not formally tested")."""
CANNOT_EXAMINE = re.compile(
    r"\b(?:(?:not|cannot|can't|couldn't) be|unable to|could not|couldn't|cannot|can't) (?:assess|examine|test|check)",
    re.IGNORECASE,
)
"""A test the examiner could not do ("cannot be examined remotely", "unable to assess saddle sensation"). Neither is a
plan ("saddle numbness to be assessed urgently" says the numbness is there) nor a patient's inability ("heel walking
cannot be done"): the code review of stop 54."""
UNTESTABLE = re.compile(r"\b(?:un|not )testable\b", re.IGNORECASE)
"""A test said untestable ("L knee jerk not testable (amputation level)")."""
UNTESTED = re.compile("|".join(rx.pattern for rx in (NOT_DONE, CANNOT_EXAMINE, UNTESTABLE)), re.IGNORECASE)
"""Any of the three: one pattern, searched once (each is written apart to stay one literal a line)."""
CLAUSE_BOUND = re.compile(r"([;,():]|\.\s|\b(?:but|although|though|while|whereas|with)\b|\s[-\u2013\u2014]\s)", re.I)
"""Where a clause ends: "power not tested but sensation reduced" keeps its sensation."""
UNTESTED_DROPPED = "a test said not done read as nothing: it says nothing of its finding"
"""What ``drop`` notes in a phrase's reading; the closest-name reading of the raw phrase is not tried after it
(``closest.ClosestNames.phrase``), which had read "upgoing plantar - unable to assess" as the sign present."""
HEADING_MARKS = frozenset({":", "-", "\u2013", "\u2014"})
"""The bounds after a heading ("upgoing plantar - unable to assess", "Spurling: not done"): a clause of nothing but "not
done" after one takes the heading with it, whatever the heading says; after a comma only a test's bare name goes
("reports saddle anaesthesia, not examined" keeps the patient's saddle anaesthesia)."""
AND = re.compile(r"(\s(?:and|&)\s)", re.IGNORECASE)
"""The joint of a clause's items: "knee and ankle jerks", "saddle numbness and PR"."""
TEST_WORDS = frozenset(
    {
        "sensation", "sensory", "tone", "reflex", "reflexes", "jerk", "jerks", "kj", "kjs", "aj", "ajs", "bj", "tj",
        "sj", "power", "strength", "pr", "dre", "plantar", "plantars", "plantar's", "hoffmann", "hoffmann's", "clonus",
        "babinski", "tinel", "tinel's", "phalen", "phalen's", "spurling", "spurling's", "slr", "romberg", "gait",
        "vibration", "pinprick", "pp", "lt", "light", "touch", "proprioception", "test", "tests", "testing", "exam",
        "examination", "rectal", "anal", "perianal", "perineal", "saddle", "sacral", "knee", "knees", "ankle", "ankles",
        "biceps", "triceps", "supinator", "upper", "lower", "limb", "limbs", "arm", "arms", "leg", "legs", "foot",
        "feet", "hand", "hands", "l", "r", "left", "right", "both", "bilateral", "bilaterally", "the", "his", "her",
        "their",
    }
)  # fmt: skip
"""The words of a test's bare name ("perianal sensation", "knee", "anal tone", "Hoffmann"): an item of nothing else says
no status of its own and goes with the untested one beside it, while one naming a finding ("saddle anaesthesia",
"upgoing plantars", "foot drop", "bilateral sciatica") stays. Until the late review of stop 54 a list of status words
decided, and every finding it lacked ("saddle anaesthesia and PR not done") was dropped with the untested item."""


def drop(text: str, how: list[str]) -> str:
    """Return the text without the words of its tests said not done, noting it in ``how``."""
    if not _untested(text):
        return text
    pieces = CLAUSE_BOUND.split(text)  # clauses at even places, their bounds between
    for index in range(0, len(pieces), 2):
        if not _untested(pieces[index]):
            continue
        following = pieces[index + 2] if index + 2 < len(pieces) else ""
        if following.strip()[:1].isdigit():  # "compartment pressure not done at rest, 35 mmHg after exercise"
            pieces[index] = _name_before_untested(pieces[index])
            continue
        bare = not UNTESTED.sub("", pieces[index]).strip(" .:")
        heading = index >= 2 and pieces[index - 1].strip() in HEADING_MARKS
        if index >= 2 and bare and (heading or _bare_test(pieces[index - 2])):
            pieces[index - 2] = " "  # a heading, then its status: "Knee jerk, not tested", "upgoing plantar - unable …"
        pieces[index] = _without_untested(pieces[index])
    how.append(UNTESTED_DROPPED)
    return "".join(pieces)


def _without_untested(clause: str) -> str:
    """Return a clause without its untested item and the items before it, joined by "and", that are bare test names."""
    items = AND.split(clause)  # items at even places, their joints between
    last = max(index for index in range(0, len(items), 2) if _untested(items[index]))
    first = last
    while first >= 2 and _bare_test(items[first - 2]):
        first -= 2
    before = "".join(items[: first - 1]) if first else ""
    return f"{before} {''.join(items[last + 2 :])}"


def _name_before_untested(clause: str) -> str:
    """Return the words before a clause's "not done", the test whose value the next clause gives."""
    found = UNTESTED.search(clause)
    return clause[: found.start()] if found else clause


def _bare_test(item: str) -> bool:
    """Return True for an item of nothing but a test's bare name (``TEST_WORDS``)."""
    return set(re.findall(r"[\w']+", item.lower())) <= TEST_WORDS


def _untested(text: str) -> bool:
    return UNTESTED.search(text) is not None
