"""Every number the localisation model uses, named, with where it comes from.

The model (``model.py``) is a naive-Bayes diagnostic network with noisy-OR findings, in the
tradition of QMR-DT (Shwe et al., Methods Inf Med 1991) and MUNIN: a hypothesis is a lesion (a
condition at a site); each observed finding has a probability given the hypothesis, combined with
a *leak* for causes outside the model. The probabilities come from the graph, in this order:

1. a number on the statement (``radix:probability`` of its frequency word, read from the store
   when the knowledge model gives one);
2. the statement's frequency word, through :data:`FREQUENCY_PROBABILITY` (the HPO frequency bins);
3. the anatomy the lesion reaches (traversals), through :data:`REACHED`;
4. the leak and the open-world defaults below.

No value here was fitted to the evaluation cases: each is a published figure, the midpoint of a
published bin, or a stated judgement whose reasoning is in its docstring. Change one only with a
source, and record the change in ``docs/localisation.md``.
"""

from __future__ import annotations

HPO_FREQUENCY_BINS = {
    "obligate": (1.0, 1.0),
    "very frequent": (0.80, 0.99),
    "frequent": (0.30, 0.79),
    "occasional": (0.05, 0.29),
    "very rare": (0.01, 0.04),
}
"""The HPO frequency sub-ontology (HP:0040280 obligate 100 %, HP:0040281 very frequent 80-99 %,
HP:0040282 frequent 30-79 %, HP:0040283 occasional 5-29 %, HP:0040284 very rare 1-4 %): how often a
feature occurs in the people with a disease. Source: HPO annotation documentation, "Frequency"."""


def _midpoint(bin_name: str) -> float:
    low, high = HPO_FREQUENCY_BINS[bin_name]
    return round((low + high) / 2, 3)


FREQUENCY_BIN = {
    "always": "obligate",
    "classic": "very frequent",
    "typically": "very frequent",
    "commonly": "frequent",
    "often": "frequent",
    "may": "occasional",
    "occasionally": "occasional",
    "rarely": "very rare",
}
"""Each of the graph's frequency words (``radix:Frequency``) read as an HPO bin: "typically" and
"classic" say the finding is the rule (very frequent); "commonly" and "often" that it is frequent
without being the rule; "may" and "occasionally" that it is possible in a minority (occasional);
"rarely" is very rare. The direction is P(finding | condition), as docs/model-v2-plan.md §2 fixes
for ``hasFinding``."""

FREQUENCY_PROBABILITY = {word: _midpoint(bin_name) for word, bin_name in FREQUENCY_BIN.items()}
"""P(finding | condition) for each frequency word: the midpoint of its HPO bin (0.895, 0.545,
0.17, 0.025). Used only where the graph gives no ``radix:probability`` for the word."""

UNQUALIFIED = _midpoint("frequent")
"""P(finding | condition) for a ``hasFinding`` statement without a frequency word: the source lists
it as a feature of the condition without saying how often, so it is taken as the middle bin
(frequent, 0.545) rather than as the rule."""

RISK_FACTOR = _midpoint("frequent")
"""P(a risk factor is present | a condition it is a risk factor for), when the graph gives no frequency
on the ``riskFactorFor`` statement: the source names it as raising the risk, so it is taken to be
frequent among patients with the condition (0.545), against :data:`UNSTATED` (0.17) for any other
condition: a likelihood ratio of about 3, a judgement in line with the modest ratios of single
red-flag history items for spinal malignancy and infection (NICE NG59; Finucane 2020)."""

LACKED = _midpoint("very rare")
"""P(finding | condition) when the condition ``typicallyLacksFinding`` it: the source says the
finding is typically absent, i.e. present only in the very rare bin (0.025)."""

NEVER_CERTAIN = 1.0 - LACKED
"""The most a statement's probability is read as (0.975): "always" (a risk factor a condition requires, HPO
"obligate") would otherwise make a note that denies it rule the condition out entirely, and notes are
sometimes wrong; this leaves it as rare as a finding the condition "typically lacks"."""

REQUIRED_PREVALENCE = "prevalence"
"""The measure, in ``ontology/numbers/``, of how common a risk factor is in the population: a condition that
requires the factor ("always") has that share of its prior (``priors.apply_required``): diabetic amyotrophy
occurs only in people with diabetes, 10.5 % of adults (IDF Diabetes Atlas 2021)."""


UNSTATED = _midpoint("occasional")
"""P(finding | condition) for a finding with no anatomy (a symptom such as "worse on standing", a
history item) that the graph neither states nor denies for the condition. The graph is open-world:
curators list each condition's notable findings, so an unlisted one is taken to be at most
occasional (0.17), not absent. This keeps non-localising clues weak: their likelihood ratio
between a condition that lists them "commonly" and one that does not is about 3."""

REACHED = {
    "sensory": 0.61,
    "weakness": 0.40,
    "reflex": 0.50,
    "pain": 0.50,
}
"""P(a deficit in one muscle, movement, reflex or skin region | a lesion that reaches it), when the
graph does not state the finding for the condition itself. Sensory: the pooled sensitivity of
sensory testing for lumbosacral radiculopathy, 0.61 (95 % CI 0.47-0.73) (Tawa, Rhoda & Diener,
BMC Musculoskelet Disord 2017;18:93). Motor: the same review gives 0.13-0.61 for single motor
tests; 0.40 is the middle of that range. Reflex: between the motor and sensory figures of the same
review (reflex tests were the most specific, of moderate sensitivity); 0.50. Pain within the
lesion's territory: 0.50, a judgement (radicular pain is neither the rule nor rare in a
territory)."""

CONTRIBUTING_SHARE = 0.5
"""A muscle to which a root only *contributes* (``hasContributingRoot``) is weakened by a lesion of
that root at this share of :data:`REACHED` (half): the muscle keeps its primary root's supply."""

PLEXUS_SHARE = UNQUALIFIED
"""How often a lesion of a plexus (or plexus element) involves each of its units (branches and parts) when
the graph says nothing of it: the reading of a statement without a frequency word ("frequent", 0.545), the
same share a condition naming several roots or nerves gives each of them (``hypotheses.py``). A plexopathy
is patchy (neuralgic amyotrophy, radiation and diabetic plexopathies involve some of the plexus, not all);
a lesion of the whole plexus therefore reaches each nerve at about half the strength of a lesion of that
nerve, and a focal lesion that explains the same deficits is the likelier (parsimony)."""

LEAK = 0.05
"""The noisy-OR leak: P(a finding | the lesion cannot produce it). It stands for every cause the
model does not hold (another lesion, age, examiner error). Among patients referred with
back-related leg symptoms the neurological examination's specificity is 0.60-0.93 (Tawa 2017),
i.e. 7-40 % show *some* sign without the lesion; for a sign in one named territory the low end,
0.05, is taken. It bounds every likelihood ratio a single finding can give at about 0.61/0.05 = 12."""

UNIT_DEFICIT = REACHED["sensory"]
"""P(an involved root or nerve with skin shows a deficit when its territory is examined), for the parsimony term
(``parsimony.py``): the most sensitive single part of the neurological examination for a root lesion, sensory
testing, 0.61 (Tawa 2017, as :data:`REACHED`). Motor and reflex testing add to it, so this is the low end; a unit
with no skin, and a purely motor disorder, have no such term."""

MENTIONED = 0.5
"""P(a deficit found on examination is written in the note), for the parsimony term (``parsimony.py``): a
judgement. A note of a few lines lists what the writer thought discriminating, and leaves out much that was found
(and much that was normal); half is taken because no published figure for such notes was found. With
:data:`UNIT_DEFICIT` a unit the note is silent on has likelihood 1 - 0.305 x its share: about 0.7 for a unit
always involved, 0.83 for a plexus's unit, a likelihood ratio far weaker than a stated normal finding's."""

OTHER_SIDE_UNWRITTEN = 1.0 - MENTIONED
"""P(a note shows one side only | a lesion on both sides by definition), for a one-sided lesion's twin on both sides
(``both_sides.py``): the other side's deficit goes unwritten as often as a found deficit is left out of a note
(:data:`MENTIONED`), a judgement, not a measured figure. It is charged even when the note says the other side is
normal, which its own term counts too (a known gap, the code review of stop 44)."""

PAIN_OUTSIDE = 0.10
"""P(pain in a region | a lesion whose territory does not include it). Pain is referred beyond a
lesion's sensory territory often enough (forearm and shoulder pain in carpal tunnel syndrome,
buttock pain in root lesions) that it is twice the leak: a judgement, kept between the leak and the
occasional bin."""

LATERALITY_MISMATCH = LEAK
"""P(a bilateral deficit | a unilateral lesion): only the leak explains it."""

IMAGING_SENSITIVITY = 0.90
"""P(imaging shows a lesion at the level that compresses the root | that root's lesion). MRI is the
reference standard against which radiculopathy studies are read (Tawa 2017 used it as such); 0.9
leaves room for foraminal and far-lateral lesions that are missed."""

IMAGING_INCIDENTAL = 0.30
"""P(imaging shows a disc lesion at a level | the symptoms come from elsewhere): disc protrusion is
found in 29 % of asymptomatic 20-year-olds and 43 % of 80-year-olds (Brinjikji et al., AJNR
2015;36:811-816); the low end is taken because a finding names one level. An imaging report is
therefore modest evidence (likelihood ratio about 3), never proof. It applies to imaging that names a
root's level; imaging that names only other structures (a hand-knob infarct, an apical lung mass) has no
such rate and takes the leak (``Model._incidental``)."""

ELECTRODIAGNOSTIC_SENSITIVITY = 0.60
"""P(needle EMG or nerve conduction shows the abnormality | the lesion it implicates): the
sensitivity of needle EMG for clinically defined radiculopathy is commonly quoted at 50-70 %
(AANEM practice topic on EDX in radiculopathy); its middle, 0.60."""

NONE_PRIOR = 0.10
"""The prior probability that no lesion in the graph explains the findings (a lesion the graph does
not hold, or none at all). With it the model can say "these findings don't localise": when this
hypothesis is at least as probable as the best site, the answer abstains. A judgement: a tenth of
referred patients, in keeping with the leak being a twentieth per finding."""

RED_FLAG_THRESHOLD = 0.02
"""A red-flag condition (cauda equina, conus, cord compression, abscess, malignancy) is listed as a
red flag once its probability reaches 2 %, whether or not a red-flag finding was typed. Missing one
costs far more than an urgent scan, so by the treatment-threshold argument (Pauker & Kassirer, NEJM
1980) the threshold is low; 2 % is below every prior the model gives a single site."""

SECOND_LESION = 0.055
"""The prior probability that a second, independent lesion is present beside the first. In a QMR-DT
network the prior of "a and b" over "a alone" is the prevalence of b: here the probability that a
second lesion exists at all, taken from the commonest one, chronic polyneuropathy, 5.5 % (95 % CI
4.4-6.9) in a community population of mean age 70 (Hanewinckel et al., Neurology 2016;87:1892-1898),
times the second lesion's share of the priors (which one it is)."""

SECOND_LESION_CONDITION = "length_dependent_polyneuropathy"
"""The condition :data:`SECOND_LESION` is the prevalence of: a chronic (length-dependent) polyneuropathy is
present beside the presenting lesion with that probability itself, not that times its share of the priors (until
stop 22 it had both, so a root lesion on a polyneuropathy, "numb feet to mid-shin, AJs absent both sides; new
L foot drop", started 30 times less likely than its figure and lost to the cauda equina syndrome)."""

PAIR_CANDIDATES = 8
"""How many of the likeliest sites have all their lesions combined in pairs when looking for a two-lesion
explanation (until stop 32: how many of the best single lesions, so a crowded site lost partners). Lesions are
independent, as in QMR-DT, so a pair's prior is the product of its parts' and :data:`SECOND_LESION`, and a pair comes
before the single lesions only when it explains the findings much better: parsimonious covering in probabilistic
form (Peng & Reggia 1990). A pair is still offered
when the best single lesion leaves a present finding unexplained (at the leak) and the pair explains it."""

NEXT_TEST_SITES = 5
"""The next test is chosen by its expected information gain over the site probabilities of this
many leading sites (renormalised)."""

MAX_LIKELIHOOD_RATIO_SHOWN = 99.0
"""Likelihood ratios are shown rounded and capped at this value (and its inverse)."""

PLACE_SHARE = 0.5
"""How surely an image of a mass, cyst or fracture at a nerve's lesion site that names no nerve ("Baker's cyst in the
popliteal fossa") shows that nerve's lesion there, against 1 for an image naming the nerve: half, a judgement (stop
41), since the place is named and the nerve is not (``Model._at_the_place``)."""
