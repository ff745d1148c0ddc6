// The Radix query page: pick a named query and set its parameters, or write your own; run it in place with a
// Cancel button that stops it on the server; read a table; download; keep a permalink. Plain JavaScript with no
// dependencies. Answers are read as SPARQL JSON (SELECT, ASK) or N-Triples (CONSTRUCT, DESCRIBE); IRIs are
// shown as prefixed names from the server's prefix map. The page works without this script too: the form
// is a GET to the page itself, which runs the query and renders the answer on the server.
"use strict";

(function () {
  const form = document.getElementById("query-form");
  const textarea = document.getElementById("query");
  const select = document.getElementById("named");
  const description = document.getElementById("description");
  const parameters = document.getElementById("parameters");
  const parameterFields = document.getElementById("parameter-fields");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const downloads = document.getElementById("downloads");
  const downloadLinks = document.getElementById("download-links");
  const runButton = document.getElementById("run");
  const cancelButton = document.getElementById("cancel");
  const permalink = document.getElementById("permalink");
  const endpoint = form.dataset.endpoint;
  const queriesApi = form.dataset.queries;
  const cancelApi = form.dataset.cancel;
  const entityBase = form.dataset.entityBase;
  const pageUrl = form.dataset.page;
  const namedQueries = JSON.parse(document.getElementById("named-queries").textContent);
  const prefixes = Object.entries(JSON.parse(document.getElementById("prefixes").textContent))
    .sort((a, b) => b[1].length - a[1].length); // longest namespace first

  const FORMATS = {
    solutions: [["json", "srj"], ["xml", "srx"], ["csv", "csv"], ["tsv", "tsv"]],
    boolean: [["json", "srj"], ["xml", "srx"], ["csv", "csv"], ["tsv", "tsv"]],
    graph: [["ttl", "ttl"], ["nt", "nt"], ["jsonld", "jsonld"], ["xml", "rdf"]],
  };

  let running = null; // {id, controller} of the query in flight

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
      const href = window.radixLinks.linkTarget(term.value, entityBase);
      const link = document.createElement(href === null ? "span" : "a");
      if (href !== null) link.href = href;
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

  // ---- named queries and their parameters ----------------------------------------------------------

  function chosen() {
    return namedQueries.find((query) => query.name === select.value) || null;
  }

  function parameterValues() {
    const values = {};
    for (const input of parameterFields.querySelectorAll("input")) values[input.name] = input.value.trim();
    return values;
  }

  function showParameters(query) {
    parameterFields.textContent = "";
    for (const parameter of query ? query.parameters : []) {
      const field = document.createElement("div");
      field.className = "parameter";
      const label = document.createElement("label");
      label.htmlFor = "param-" + parameter.name;
      label.textContent = parameter.name;
      const input = document.createElement("input");
      input.id = "param-" + parameter.name;
      input.name = parameter.name;
      input.value = parameter.default || "";
      input.autocomplete = "off";
      input.spellcheck = false;
      const hint = document.createElement("span");
      hint.className = "hint";
      hint.textContent = parameter.description;
      field.append(label, input, hint);
      parameterFields.appendChild(field);
      if (parameter.takes === "iri" && window.RadixSearch) {
        window.RadixSearch.attach(input, { pick: (hit) => { input.value = hit.id; } });
      }
    }
    parameters.hidden = !query || query.parameters.length === 0;
  }

  // The URL that runs the current query with the current values: a permalink, and the page without script.
  function permalinkFor(query, values) {
    const params = query ? new URLSearchParams({ named: query.name, ...values }) : new URLSearchParams({ query: textarea.value });
    return pageUrl + "?" + params.toString();
  }

  // ---- running, cancelling, showing -------------------------------------------------------------

  function freshId() {
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  }

  function downloadHref(query, values, format) {
    if (query) return queriesApi + "/" + query.name + "?" + new URLSearchParams({ ...values, format: format }).toString();
    return endpoint + "?" + new URLSearchParams({ query: textarea.value, format: format }).toString();
  }

  function showDownloads(kind, query, values) {
    downloadLinks.textContent = "";
    for (const [format, extension] of FORMATS[kind]) {
      const link = document.createElement("a");
      link.href = downloadHref(query, values, format);
      link.download = "radix-answer." + extension;
      link.textContent = format;
      link.className = "download";
      link.dataset.format = format;
      downloadLinks.appendChild(link);
    }
    downloads.hidden = false;
  }

  // Put the cursor on the line and column a syntax error names, and show that line with a caret.
  function pointAt(message) {
    const match = /at line (\d+), column (\d+)/.exec(message);
    if (!match || chosen()) return null;
    const line = Number(match[1]);
    const column = Number(match[2]);
    const lines = textarea.value.split("\n");
    if (line < 1 || line > lines.length) return null;
    const offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
    textarea.focus();
    textarea.setSelectionRange(offset, Math.min(offset + 1, textarea.value.length));
    return lines[line - 1] + "\n" + " ".repeat(column - 1) + "^";
  }

  function showError(message, suggestions) {
    results.textContent = "";
    const box = document.createElement("div");
    box.className = "error";
    box.id = "query-error";
    const text = document.createElement("p");
    text.className = "error-message";
    text.textContent = message;
    box.appendChild(text);
    const context = pointAt(message);
    if (context) {
      const pre = document.createElement("pre");
      pre.className = "error-context";
      pre.textContent = context;
      box.appendChild(pre);
    }
    if (suggestions && suggestions.length) {
      const hint = document.createElement("p");
      hint.textContent = "Did you mean: " + suggestions.join(", ") + "?";
      box.appendChild(hint);
    }
    results.appendChild(box);
    status.textContent = message.includes("cancelled") ? "cancelled" : "error";
    downloads.hidden = true;
  }

  async function readError(response) {
    const text = await response.text();
    if ((response.headers.get("Content-Type") || "").startsWith("application/json")) {
      try {
        const body = JSON.parse(text);
        return [response.status + ": " + body.error, body.suggestions || []];
      } catch (error) { /* not JSON after all: show it as text */ }
    }
    return [text.trim(), []];
  }

  async function run() {
    if (running) return;
    const query = chosen();
    const values = query ? parameterValues() : {};
    const id = freshId();
    const controller = new AbortController();
    running = { id: id, controller: controller };
    const started = performance.now();
    runButton.disabled = true;
    cancelButton.hidden = false;
    cancelButton.disabled = false;
    status.textContent = "running…";
    const headers = { Accept: "application/sparql-results+json, application/n-triples;q=0.9", "X-Radix-Query-Id": id };
    let request;
    if (query) {
      request = fetch(queriesApi + "/" + query.name + "?" + new URLSearchParams(values).toString(), {
        headers: headers, signal: controller.signal,
      });
    } else {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      request = fetch(endpoint, {
        method: "POST", headers: headers, body: new URLSearchParams({ query: textarea.value }).toString(),
        signal: controller.signal,
      });
    }
    try {
      const response = await request;
      const elapsed = Math.round(performance.now() - started);
      if (!response.ok) {
        const [message, suggestions] = await readError(response);
        showError(message, suggestions);
        return;
      }
      const text = await response.text();
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
      showDownloads(kind, query, values);
      const link = permalinkFor(query, values);
      permalink.href = link;
      permalink.hidden = false;
      window.history.replaceState(null, "", link);
    } catch (error) {
      showError(error.name === "AbortError" ? "The query was cancelled." : "The request failed: " + error.message);
    } finally {
      running = null;
      runButton.disabled = false;
      cancelButton.hidden = true;
    }
  }

  // Ask the server to stop the query: it kills the worker running it, and the query's request ends with 409.
  async function cancel() {
    if (!running) return;
    const current = running;
    cancelButton.disabled = true;
    status.textContent = "cancelling…";
    try {
      const response = await fetch(cancelApi + current.id, { method: "POST" });
      if (!response.ok && running === current) current.controller.abort(); // finished or never started: stop waiting
    } catch (error) {
      if (running === current) current.controller.abort();
    }
  }

  // ---- wiring -----------------------------------------------------------------------------------

  select.addEventListener("change", () => {
    const query = chosen();
    if (query) {
      textarea.value = query.text;
      description.textContent = query.description;
    } else {
      description.textContent = "";
    }
    showParameters(query);
  });
  // Editing a named query's text makes it one's own query: it then runs as written, parameters unbound.
  textarea.addEventListener("input", () => {
    const query = chosen();
    if (query && textarea.value !== query.text) {
      select.value = "";
      showParameters(null);
      description.textContent = "Your own query now (edited from " + query.name + "); its parameters are left unbound.";
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  cancelButton.addEventListener("click", cancel);
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  if (window.RadixComplete) window.RadixComplete.attach(textarea, document.getElementById("completions"));
  // A permalink's answer was rendered by the server: offer its downloads too.
  if (results.dataset.kind) showDownloads(results.dataset.kind, chosen(), chosen() ? parameterValues() : {});
  const error = document.getElementById("query-error");
  if (error) pointAt(error.textContent);
})();
