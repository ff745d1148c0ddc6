// Which IRIs become links, and to where: the rule of graph/web/links.py, for the pages' scripts.
// Only http(s) IRIs become links (an IRI from the data may be javascript:...): a Radix IRI links to its
// page on this server, another http(s) IRI to itself, any other IRI is not a link (null).
// tests/server/test_links.py checks that this and the Python rule give the same answers.
"use strict";

window.radixLinks = Object.freeze({
  radixNamespace: "https://w3id.org/radix/",

  linkTarget(iri, entityBase) {
    if (iri.startsWith(this.radixNamespace) && iri.length > this.radixNamespace.length) {
      return entityBase + encodeURIComponent(iri.slice(this.radixNamespace.length));
    }
    const colon = iri.indexOf(":");
    const scheme = colon > 0 ? iri.slice(0, colon).toLowerCase() : "";
    return scheme === "http" || scheme === "https" ? iri : null;
  },
});
