"""The causes listed under each lesion site: conditions without findings of their own, by how often.

A disc herniation at a level has no findings of its own in the graph: it is not scored, but named under
the root it compresses (and a cause of a scored condition under that condition's site), so the answer
says what is likely compressing the root it localised to.

A condition scored at a site of its own (a spinal malignancy, an epidural abscess or haematoma) is also named
under a cord syndrome it causes (stop 27): "thoracic cord: thoracic myelopathy; metastatic compression, abscess,
haematoma, transverse myelitis". Before, a thoracic cord answer listed only the causes without findings of their
own, so transverse myelitis took the whole share.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection

from graph.explore.localize import levels
from graph.explore.localize.anatomy import Anatomy
from graph.explore.localize.frequency import edge_probability
from graph.explore.localize.hypotheses import Hypothesis, HypothesisBuilder, Site
from graph.explore.localize.observation import Observation
from graph.explore.localize.two_roots import TWO_ROOT_TYPE
from graph.namespaces import BASE, RADIX


def causes_by_site(builder: HypothesisBuilder, hypotheses: list[Hypothesis]) -> dict[str, list[tuple[str, float]]]:
    """Return, per site key, the causes (conditions without findings) at it, with P(cause | site).

    A cause belongs to a site when it compresses the site's root, or affects its structure or
    nerve, or causes one of the site's conditions. Its weight is the frequency of that statement
    (a cause "typically" compressing the root weighs more than one that "may"); the weights at a
    site are normalised.
    """
    by_site: dict[str, dict[str, float]] = defaultdict(dict)
    site_of: dict[str, Site] = {}
    for h in hypotheses:
        site_of.setdefault(h.iri, h.site)
    root_sites = {h.site.anatomy[0]: h.site for h in hypotheses if h.site.kind == "root"}
    structure_sites: dict[str, Site] = {}
    for h in hypotheses:
        # a site naming a covering (the leptomeninges) is no structure's: the cauda equina's causes (discs, an abscess)
        # are not leptomeningeal disease's, whichever of the two sites comes first (the review of stop 37)
        if h.site.kind in ("structure", "cord", "cauda equina") and h.site.covered_key == h.site.key:
            for structure in h.site.anatomy:
                structure_sites.setdefault(structure, h.site)
    cord = {h.iri for h in hypotheses if h.site.kind in ("cord", "cauda equina")}
    # a cause of a two-root radiculopathy is listed at no site: a scored one is at each pair whose roots it compresses,
    # carrying it (``two_roots.py``); a disc protrusion is the pair of unstated cause (whose site is not one site)
    site_of = {iri: site for iri, site in site_of.items() if TWO_ROOT_TYPE not in builder.anatomy.types(iri)}
    for condition in builder.conditions():
        if builder.is_umbrella(condition):
            continue
        scored = builder.is_hypothesis(condition)  # scored at its own site: listed only under a cord syndrome
        effects = cord if scored else site_of
        for effect, data in builder.anatomy.out(condition, RADIX.causes):
            if effect in effects:
                _add(by_site[site_of[effect].key], condition, edge_probability(data, builder.words)[0])
        if scored:
            continue
        for root, data in builder.anatomy.out(condition, RADIX.compressesRoot):
            if root in root_sites and not _central(builder, condition):
                weight = edge_probability(data, builder.words)[0]
                _add(by_site[root_sites[root].key], condition, weight)
        for structure, data in builder.anatomy.out(condition, RADIX.affectsStructure):
            if structure in structure_sites:
                _add(by_site[structure_sites[structure].key], condition, edge_probability(data, builder.words)[0])
    result: dict[str, list[tuple[str, float]]] = {}
    for key, weights in by_site.items():
        total = sum(weights.values())
        result[key] = sorted(
            ((cause, weight / total) for cause, weight in weights.items()), key=lambda item: (-item[1], item[0])
        )
    return result


def _central(builder: HypothesisBuilder, condition: str) -> bool:
    """Return True for a central herniation: it compresses several roots (the cauda equina, not one)."""
    return len(builder.anatomy.out(condition, RADIX.compressesRoot)) > 2


def _add(weights: dict[str, float], condition: str, weight: float) -> None:
    weights[condition] = max(weights.get(condition, 0.0), weight)


def syndromes_of_causes(builder: HypothesisBuilder, hypotheses: list[Hypothesis]) -> dict[str, list[tuple[str, float]]]:
    """Return, per hypothesis key at a cord or cauda equina site, the urgent syndromes at that site it causes.

    A central L4-L5 disc extrusion compressing the cauda equina causes the cauda equina syndrome (``causes``): the
    syndrome is a red flag at P(disc) times P(syndrome | disc) before its own findings are there (bilateral sciatica,
    sphincters still normal). P(syndrome | cause) is the statement's frequency word where it has one (central canal
    stenosis "rarely"), else the unqualified middle bin (0.545, ``parameters.UNQUALIFIED``), as for any statement the
    source makes without saying how often: the central discs' "commonly" is their share of the syndrome's cases
    (P(disc | syndrome), ``share_of_cases``), not how often a central disc makes the syndrome. Stop 28: a sealed case of
    that picture, whose writer named the cauda equina syndrome as its red flag, led with the cauda equina site and
    went unflagged.
    """
    urgent_at: dict[str, set[str]] = defaultdict(set)
    for h in hypotheses:
        if h.urgent and h.site.kind in ("cord", "cauda equina"):
            urgent_at[h.site.key].add(h.iri)
    found: dict[str, list[tuple[str, float]]] = {}
    for h in hypotheses:
        made = _caused(builder, h, urgent_at.get(h.site.key, set()))
        if made:
            found[h.key] = made
    return found


def _caused(builder: HypothesisBuilder, h: Hypothesis, syndromes: Collection[str]) -> list[tuple[str, float]]:
    """Return the syndromes among ``syndromes`` that h causes (``causes``), each with P(syndrome | h)."""
    return [
        (syndrome, edge_probability(data, builder.words)[0])
        for syndrome, data in builder.anatomy.out(h.iri, RADIX.causes)
        if syndrome in syndromes and syndrome != h.iri
    ]


REGION_OF_SITE = {BASE + "cauda_equina": "lumbosacral", BASE + "thoracic_spinal_cord": "thoracic",
                  BASE + "cervical_spinal_cord": "cervical"}  # fmt: skip
"""The spinal region each urgent syndrome's site lies in, by the structure that names it."""
REGION_OF_ROOT = {"c": "cervical", "t": "thoracic", "l": "lumbosacral", "s": "lumbosacral"}
"""A root's region by the first letter of its label ("L5 nerve root": lumbosacral)."""
SPINAL_TENDERNESS = BASE + "spinal_tenderness"
SPINE_REGIONS = frozenset({BASE + "cervical_spine", BASE + "thoracic_spine", BASE + "lumbar_spine"})
"""A region of the spine named by a study's header ("MRI lumbar spine: …"): it places no lesion (the review of stop 30:
the header alone had placed a spinal malignancy, sited at the lumbar spine, and flagged the cauda equina syndrome)."""


def syndromes_by_level(
    builder: HypothesisBuilder, hypotheses: list[Hypothesis]
) -> dict[str, list[tuple[str, float, str]]]:
    """Return, per hypothesis key at a site of no level, the urgent syndromes it causes, with the region of each.

    A spinal epidural abscess is sited in "the spinal canal", at no level: the graph says it causes the cauda equina
    syndrome and a thoracic myelopathy (``causes``), which one depending on where it lies. An imaging line that places
    it ("MRI: L5-S1 epidural collection displacing the S1 root") says where: the engine then adds P(lesion) times
    P(syndrome | lesion) for the syndrome in the imaged region (``Localizer._urgent_causes``). Only a lesion at a site
    that is not itself a cord or cauda equina site is listed; one at such a site causes the syndrome there
    (``syndromes_of_causes``). Stop 30: an L5-S1 epidural abscess compressing the S1 root flagged the abscess but not
    the cauda equina syndrome its writer listed (sealed 32, W32-039), since the abscess's site holds no syndrome.
    Without an imaged level nothing is added: shared among the syndromes by their posteriors, it flagged a thoracic
    myelopathy in some thirty pictures of back or chest pain where a spinal malignancy was possible.
    """
    urgent = {h.iri: h.site for h in hypotheses if h.urgent and h.site.kind in ("cord", "cauda equina")}
    found: dict[str, list[tuple[str, float, str]]] = {}
    for h in hypotheses:
        if h.site.kind in ("cord", "cauda equina"):
            continue
        made = [
            (syndrome, p, region)
            for syndrome, p in _caused(builder, h, urgent)
            for region in {REGION_OF_SITE[a] for a in urgent[syndrome].anatomy if a in REGION_OF_SITE}
        ]
        if made:
            found[h.key] = made
    return found


def imaged_regions(anatomy: Anatomy, observations: list[Observation], site: Site) -> set[str]:
    """Return the spinal regions the note places a lesion at the site in: by imaging, or by tenderness at a level.

    "MRI: L5-S1 epidural collection displacing the S1 root" names the spinal canal (the abscess's site) and the S1
    root: the lumbosacral region. A line that names only a disc level ("L4-5 disc bulge") places no canal lesion.
    Spinal tenderness at a named level ("exquisitely tender over L3 spinous process") places it too: focal tenderness
    over the infected or invaded segment is the graph's finding of the abscess and the malignancy (sealed 37's Q37-057,
    after its run, had no imaging).
    """
    regions: set[str] = set()
    for o in observations:
        if o.present and o.kind == "finding" and SPINAL_TENDERNESS in o.findings:
            named = (levels.level(word) for word in re.findall(r"\w+", o.phrase))  # "tender over L3": l3, its letter
            regions |= {REGION_OF_ROOT[found[0]] for found in named if found}
        if o.kind != "imaging" or not o.present or not set(o.implicates) & (set(site.anatomy) - SPINE_REGIONS):
            continue
        for node in o.implicates:
            if node in REGION_OF_SITE:
                regions.add(REGION_OF_SITE[node])
            elif "NerveRoot" in anatomy.types(node):
                label = str(anatomy.G.nodes[node]["label"]).lower()
                if label[1:2].isdigit() and label[:1] in REGION_OF_ROOT:
                    regions.add(REGION_OF_ROOT[label[:1]])
    return regions
