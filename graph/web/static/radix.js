// The Radix query page: pick or write a query, run it against /sparql, show a table, offer downloads.
// Plain JavaScript with no dependencies. Results are read as SPARQL JSON (SELECT, ASK) or N-Triples
// (CONSTRUCT, DESCRIBE); IRIs are shown as prefixed names from the server's prefix map and linked.
"use strict";

(function () {
  const form = document.getElementById("query-form");
  const textarea = document.getElementById("query");
  const select = document.getElementById("named");
  const description = document.getElementById("description");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const downloads = document.getElementById("downloads");
  const downloadLinks = document.getElementById("download-links");
  const runButton = document.getElementById("run");
  const endpoint = form.getAttribute("action");
  const namedQueries = JSON.parse(document.getElementById("named-queries").textContent);
  const entityBase = document.getElementById("entity-base").textContent.trim();
  const prefixes = Object.entries(JSON.parse(document.getElementById("prefixes").textContent))
    .sort((a, b) => b[1].length - a[1].length); // longest namespace first

  const FORMATS = {
    solutions: [["json", "srj"], ["xml", "srx"], ["csv", "csv"], ["tsv", "tsv"]],
    boolean: [["json", "srj"], ["xml", "srx"], ["csv", "csv"], ["tsv", "tsv"]],
    graph: [["ttl", "ttl"], ["nt", "nt"], ["jsonld", "jsonld"], ["xml", "rdf"]],
  };

  function compact(iri) {
    for (const [prefix, namespace] of prefixes) {
      if (iri.startsWith(namespace) && iri.length > namespace.length) {
        const local = iri.slice(namespace.length);
        if (/^[\w.\-]+$/.test(local)) return prefix + ":" + local;
      }
    }
    return "<" + iri + ">";
  }

  function termCell(term) {
    const cell = document.createElement("td");
    if (!term) return cell;
    if (term.type === "uri") {
      // Radix IRIs link to their page here, other http(s) IRIs to themselves, the rest are text (links.js).
      const target = window.radixLinks.linkTarget(term.value, entityBase);
      const link = document.createElement(target === null ? "span" : "a");
      if (target !== null) link.href = target;
      link.title = term.value;
      link.textContent = compact(term.value);
      link.className = "iri";
      cell.appendChild(link);
    } else if (term.type === "bnode") {
      cell.textContent = "_:" + term.value;
      cell.className = "bnode";
    } else {
      cell.textContent = term.value;
      const note = term["xml:lang"] ? "@" + term["xml:lang"] : term.datatype ? compact(term.datatype) : "";
      if (note && !note.endsWith("xsd:string")) {
        const small = document.createElement("span");
        small.className = "annotation";
        small.textContent = " " + note;
        cell.appendChild(small);
      }
    }
    return cell;
  }

  function table(variables, rows) {
    const element = document.createElement("table");
    const head = element.createTHead().insertRow();
    for (const name of variables) {
      const th = document.createElement("th");
      th.textContent = name;
      head.appendChild(th);
    }
    const body = element.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const name of variables) tr.appendChild(termCell(row[name]));
    }
    return element;
  }

  // N-Triples terms: <iri>, _:label, or "literal" with @lang or ^^<datatype>.
  const TERM = /^(?:<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([\w-]+)|\^\^<([^>]*)>)?)\s*/;

  function unescape(text) {
    return text.replace(/\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})|\\(.)/g, (all, u4, u8, ch) => {
      if (u4 || u8) return String.fromCodePoint(parseInt(u4 || u8, 16));
      return { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" }[ch] || ch;
    });
  }

  function parseNTriples(text) {
    const rows = [];
    for (let line of text.split("\n")) {
      line = line.trim();
      if (!line || line.startsWith("#")) continue;
      const row = {};
      for (const name of ["subject", "predicate", "object"]) {
        const match = TERM.exec(line);
        if (!match) break;
        if (match[1] !== undefined) row[name] = { type: "uri", value: unescape(match[1]) };
        else if (match[2] !== undefined) row[name] = { type: "bnode", value: match[2] };
        else {
          row[name] = { type: "literal", value: unescape(match[3]) };
          if (match[4]) row[name]["xml:lang"] = match[4];
          if (match[5]) row[name].datatype = match[5];
        }
        line = line.slice(match[0].length);
      }
      rows.push(row);
    }
    return rows;
  }

  function showDownloads(kind, query) {
    downloadLinks.textContent = "";
    for (const [format, extension] of FORMATS[kind]) {
      const link = document.createElement("a");
      link.href = endpoint + "?" + new URLSearchParams({ query: query, format: format }).toString();
      link.download = "radix-answer." + extension;
      link.textContent = format;
      link.className = "download";
      link.dataset.format = format;
      downloadLinks.appendChild(link);
    }
    downloads.hidden = false;
  }

  function showError(message) {
    results.textContent = "";
    const box = document.createElement("pre");
    box.className = "error";
    box.textContent = message;
    results.appendChild(box);
    status.textContent = "error";
    downloads.hidden = true;
  }

  async function run() {
    const query = textarea.value;
    const started = performance.now();
    runButton.disabled = true;
    status.textContent = "running…";
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Accept: "application/sparql-results+json, application/n-triples;q=0.9",
        },
        body: new URLSearchParams({ query: query }).toString(),
      });
      const text = await response.text();
      const elapsed = Math.round(performance.now() - started);
      if (!response.ok) {
        showError(text.trim());
        return;
      }
      const truncated = response.headers.get("X-Radix-Truncated") === "true";
      const cap = response.headers.get("X-SPARQL-MaxRows");
      results.textContent = "";
      const type = response.headers.get("Content-Type") || "";
      let kind, count;
      if (type.startsWith("application/n-triples")) {
        kind = "graph";
        const rows = parseNTriples(text);
        count = rows.length;
        results.appendChild(table(["subject", "predicate", "object"], rows));
      } else {
        const answer = JSON.parse(text);
        if ("boolean" in answer) {
          kind = "boolean";
          count = 1;
          const verdict = document.createElement("p");
          verdict.className = "boolean";
          verdict.textContent = answer.boolean ? "true" : "false";
          results.appendChild(verdict);
        } else {
          kind = "solutions";
          count = answer.results.bindings.length;
          results.appendChild(table(answer.head.vars, answer.results.bindings));
        }
      }
      const noun = kind === "graph" ? "triple" : kind === "boolean" ? "answer" : "row";
      status.textContent = count + " " + noun + (count === 1 ? "" : "s") + " in " + elapsed + " ms" +
        (truncated ? (cap ? " (cut to the first " + cap + ")" : " (cut at the server's answer size limit)") : "");
      showDownloads(kind, query);
    } catch (error) {
      showError("The request failed: " + error.message);
    } finally {
      runButton.disabled = false;
    }
  }

  select.addEventListener("change", () => {
    const chosen = namedQueries.find((query) => query.name === select.value);
    if (chosen) {
      textarea.value = chosen.text.split("\n").filter((line) => !line.startsWith("#+")).join("\n").trim();
      const unbound = chosen.parameters.map((p) => p.variable + " (" + p.meaning + ")").join("; ");
      description.textContent = chosen.description +
        (unbound ? " Parameters left unbound here, so every value is listed: " + unbound + "." : "");
    } else {
      description.textContent = "";
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
})();
