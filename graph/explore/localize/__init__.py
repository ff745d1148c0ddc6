"""Localisation v2: from a clinician's findings to the lesion site and the condition there, with reasons.

One job per module, in the order data flows:

* ``shorthand`` and ``vocabulary``: the words the reader knows (graph names, clinic lexicon);
* ``reader``: notes, CURIEs and excluded features into ``observation`` objects (NegEx negation),
  with ``phrase`` (a phrase's matches and their grammar), ``compose`` (matches into observations) and
  ``studies`` (imaging and electrodiagnostic reports);
* ``anatomy``: what a lesion at a root, plexus element or nerve site reaches (the traversals);
* ``findings``: what each finding of the graph is about;
* ``hypotheses`` and ``priors``: each condition as a lesion at a site, with its prior;
* ``parameters``: every number of the model, named and sourced;
* ``model``: the naive-Bayes / noisy-OR network and the posterior (with pairs and *none*);
* ``explain``, ``next_test``, ``red_flags``: likelihood ratios, information gain, what is urgent;
* ``engine``: the :class:`Localizer` that ties them together.
"""
