"""Loading: the files of ``ontology/`` become triples, and the triples a store.

``tsv`` reads the edited tables, ``templates`` turns term and fact rows into triples with their
provenance axioms, ``mappings`` turns the SSSOM table into SKOS triples, and ``store`` puts the Turtle
sources and those triples into one rdflib graph backed by Oxigraph. Nothing here answers questions.
"""
