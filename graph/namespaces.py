"""Every IRI Radix spells, in one place, and the one prefix map (a ``curies.Converter``).

``RADIX`` lists the schema terms of ``ontology/radix.ttl``; it is a ``DefinedNamespace`` with
``_fail = True`` so a typo raises instead of minting a new IRI (a test keeps it equal to the schema).
Radix entities (roots, muscles, conditions, ...) are data, not schema: spell them with ``ENTITY``.
"""

from __future__ import annotations

import curies
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/radix/"
ONTOLOGY_IRI = URIRef(BASE + "radix.owl")

ENTITY = Namespace(BASE)
"""Radix entities, e.g. ``ENTITY.S1_radiculopathy``; not checked against a term list."""


class RADIX(DefinedNamespace):
    """The classes and properties declared in ``ontology/radix.ttl``."""

    _NS = Namespace(BASE)
    _fail = True

    # classes
    AnatomicalEntity: URIRef
    NerveRoot: URIRef
    PeripheralNerve: URIRef
    NervePlexus: URIRef
    Muscle: URIRef
    BodyRegion: URIRef
    Dermatome: URIRef
    KeySensoryPoint: URIRef
    AnatomicalStructure: URIRef
    IntervertebralDisc: URIRef
    MotorAction: URIRef
    Reflex: URIRef
    ClinicalFinding: URIRef
    Symptom: URIRef
    Sign: URIRef
    ElectrodiagnosticFinding: URIRef
    ImagingFinding: URIRef
    RedFlag: URIRef
    Condition: URIRef
    Radiculopathy: URIRef
    Polyradiculopathy: URIRef
    TwoRootRadiculopathy: URIRef
    Mononeuropathy: URIRef
    Plexopathy: URIRef
    Polyneuropathy: URIRef
    SpinalCordDisorder: URIRef
    MotorNeuronDisorder: URIRef
    MusculoskeletalDisorder: URIRef
    VascularDisorder: URIRef
    FunctionalDisorder: URIRef
    RiskFactor: URIRef
    Cause: URIRef
    LesionSite: URIRef
    PlexusElement: URIRef
    DiscHerniationZone: URIRef
    Mechanism: URIRef
    NeuralFunction: URIRef
    Activity: URIRef
    ExaminationTest: URIRef
    Reference: URIRef
    Frequency: URIRef
    QualifierValue: URIRef
    Laterality: URIRef
    Onset: URIRef
    Course: URIRef
    Timing: URIRef
    Measurement: URIRef
    Measure: URIRef
    ContestedFact: URIRef

    # object properties (each use carries an owl:Axiom with its source)
    innervatedByRoot: URIRef
    hasPrimaryRoot: URIRef
    hasContributingRoot: URIRef
    innervatedByNerve: URIRef
    formedFromRoot: URIRef
    branchOf: URIRef
    hasSensoryTerritory: URIRef
    hasDermatome: URIRef
    coversRegion: URIRef
    hasKeySensoryPoint: URIRef
    hasKeyMovement: URIRef
    performs: URIRef
    poweredByRoot: URIRef
    testsRoot: URIRef
    reflexOfMuscle: URIRef
    carriedByNerve: URIRef
    exitsAtLevel: URIRef
    traversesLevel: URIRef
    partOf: URIRef
    affectsRoot: URIRef
    compressesRoot: URIRef
    affectsNerve: URIRef
    affectsStructure: URIRef
    hasFinding: URIRef
    typicallyLacksFinding: URIRef
    causes: URIRef
    atDiscLevel: URIRef
    inZone: URIRef
    hasMechanism: URIRef
    leadsTo: URIRef
    impairsFunction: URIRef
    aggravatedBy: URIRef
    relievedBy: URIRef
    hasEffect: URIRef
    mimics: URIRef
    redFlagFor: URIRef
    riskFactorFor: URIRef
    distalTo: URIRef
    formedFrom: URIRef
    implicates: URIRef
    testsFor: URIRef
    concernsReflex: URIRef
    concernsMovement: URIRef
    concernsMuscle: URIRef
    locatedIn: URIRef
    radiatesAlong: URIRef
    elicitedBy: URIRef
    measure: URIRef
    ofSubject: URIRef
    forCondition: URIRef

    # datatype and annotation properties
    segmentIndex: URIRef
    spinalRegion: URIRef
    frequency: URIRef
    frequencyMeans: URIRef
    shareOfCases: URIRef
    probability: URIRef
    contested: URIRef
    inContest: URIRef
    variant: URIRef
    consensus: URIRef
    consensusVariant: URIRef
    seedOnly: URIRef
    sequenceIndex: URIRef
    inverseLabel: URIRef
    referenceKind: URIRef
    locator: URIRef
    howChecked: URIRef
    value: URIRef
    ciLow: URIRef
    ciHigh: URIRef
    unit: URIRef
    population: URIRef
    sourceFigure: URIRef

    # qualifiers on axioms (the fact tables' qualifiers column)
    qualifierKey: URIRef
    laterality: URIRef
    atSite: URIRef
    holdsWhen: URIRef
    onset: URIRef
    course: URIRef
    timing: URIRef

    # frequency qualifiers (individuals of radix:Frequency)
    always: URIRef
    typically: URIRef
    commonly: URIRef
    often: URIRef
    classic: URIRef
    may: URIRef
    occasionally: URIRef
    rarely: URIRef

    # qualifier values
    unilateral: URIRef
    bilateral: URIRef
    acute: URIRef
    subacute: URIRef
    insidious: URIRef
    progressive: URIRef
    relapsing: URIRef
    monophasic: URIRef
    chronic: URIRef
    early: URIRef
    late: URIRef

    # measures (individuals of radix:Measure)
    sensitivity: URIRef
    specificity: URIRef
    positive_lr: URIRef
    negative_lr: URIRef
    prevalence: URIRef
    share_of_cases: URIRef
    pretest_probability: URIRef
    incidence: URIRef
    annual_incidence: URIRef


OBO = Namespace("http://purl.obolibrary.org/obo/")


class OIO(DefinedNamespace):
    """The oboInOwl annotation properties Radix uses (synonyms and database cross-references)."""

    _NS = Namespace("http://www.geneontology.org/formats/oboInOwl#")
    _fail = True

    hasExactSynonym: URIRef
    hasRelatedSynonym: URIRef
    hasDbXref: URIRef


class SSSOM(DefinedNamespace):
    """SSSOM slots used to annotate mapping axioms (as in the SSSOM RDF serialisation)."""

    _NS = Namespace("https://w3id.org/sssom/")
    _fail = True

    mapping_justification: URIRef
    object_label: URIRef
    author_id: URIRef
    mapping_date: URIRef
    confidence: URIRef


SEMAPV = Namespace("https://w3id.org/semapv/vocab/")
SCHEMA = Namespace("https://schema.org/")
VANN = Namespace("http://purl.org/vocab/vann/")

# Terms of other ontologies that the loader and the checks refer to by meaning.
HAS_EVIDENCE = OBO.RO_0002558
"""RO 'has evidence': links a Radix assertion (its owl:Axiom) to its ECO evidence type."""
DEFINITION = OBO.IAO_0000115
TERM_REPLACED_BY = OBO.IAO_0100001

# ---------------------------------------------------------------------------------------------------
# The prefix map. Each record: the preferred prefix, its IRI expansion, and the spellings that the
# reference files and other tools use for the same namespace (normalised on load).
# ---------------------------------------------------------------------------------------------------

_PREFIX_RECORDS: list[tuple[str, str, list[str]]] = [
    ("radix", BASE, ["RADIX"]),
    ("UBERON", "http://purl.obolibrary.org/obo/UBERON_", []),
    ("HP", "http://purl.obolibrary.org/obo/HP_", ["HPO"]),
    ("MONDO", "http://purl.obolibrary.org/obo/MONDO_", []),
    ("DOID", "http://purl.obolibrary.org/obo/DOID_", []),
    ("RO", "http://purl.obolibrary.org/obo/RO_", []),
    ("BFO", "http://purl.obolibrary.org/obo/BFO_", []),
    ("ECO", "http://purl.obolibrary.org/obo/ECO_", []),
    ("IAO", "http://purl.obolibrary.org/obo/IAO_", []),
    ("NCIT", "http://purl.obolibrary.org/obo/NCIT_", ["NCI"]),
    ("FMA", "http://purl.obolibrary.org/obo/FMA_", []),
    ("ICD10CM", "http://purl.bioontology.org/ontology/ICD10CM/", ["ICD10"]),
    ("SNOMEDCT", "http://snomed.info/id/", ["SCTID", "SNOMEDCT_US", "SNOMEDCT_US_2025_09_01", "SNOMED"]),
    ("UMLS", "http://linkedlifedata.com/resource/umls/id/", ["UMLS_CUI"]),
    ("MESH", "http://id.nlm.nih.gov/mesh/", ["mesh", "MSH"]),
    ("oboInOwl", "http://www.geneontology.org/formats/oboInOwl#", []),
    ("semapv", "https://w3id.org/semapv/vocab/", []),
    ("sssom", "https://w3id.org/sssom/", []),
    ("skos", "http://www.w3.org/2004/02/skos/core#", []),
    ("owl", "http://www.w3.org/2002/07/owl#", []),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", []),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#", []),
    ("xsd", "http://www.w3.org/2001/XMLSchema#", []),
    ("dcterms", "http://purl.org/dc/terms/", []),
    ("vann", "http://purl.org/vocab/vann/", []),
    ("schema", "https://schema.org/", []),
    ("sh", "http://www.w3.org/ns/shacl#", []),
    ("obo", "http://purl.obolibrary.org/obo/", []),
]

CONVERTER = curies.Converter(
    [
        curies.Record(prefix=prefix, uri_prefix=uri_prefix, prefix_synonyms=synonyms)
        for prefix, uri_prefix, synonyms in _PREFIX_RECORDS
    ]
)
"""The one prefix map: ``CONVERTER.expand("HP:0003438")``, ``CONVERTER.compress(iri)``."""

PREFIXES: dict[str, str] = {prefix: uri_prefix for prefix, uri_prefix, _ in _PREFIX_RECORDS}
"""Preferred prefix -> IRI expansion, for serialisers and SPARQL prologues."""

EXTERNAL_ONTOLOGY_PREFIXES = ("UBERON", "HP", "MONDO", "DOID", "ICD10CM")
"""The ontologies Radix maps its entities to (their terms live in ontology/imports/)."""

XREF_PREFIXES = ("SNOMEDCT", "UMLS", "MESH", "NCIT", "FMA", "ICD10CM", "DOID", "MONDO")
"""Cross-reference prefixes kept on imported terms, normalised to these preferred spellings."""


def normalise_curie(curie: str) -> str:
    """Return ``curie`` with its prefix in the preferred spelling (``SCTID:1`` -> ``SNOMEDCT:1``).

    >>> normalise_curie("UMLS_CUI:C0700594")
    'UMLS:C0700594'
    """
    standardized = CONVERTER.standardize_curie(curie)
    if standardized is None:
        raise ValueError(f"CURIE {curie!r} has a prefix outside the Radix prefix map")
    return standardized
