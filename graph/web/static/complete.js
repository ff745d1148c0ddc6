// Autocompletion in the query editor: prefixes, classes and properties (from the dataset's VoID counts, most used
// first), Radix entities (from the search API, by label), PREFIX declarations and SPARQL keywords. Plain
// JavaScript with no dependencies. Typing a prefixed name ("radix:", "rdfs:la") opens the list by itself;
// Ctrl+Space opens it anywhere. Arrow keys move, Enter or Tab inserts, Escape closes.
"use strict";

(function () {
  const KEYWORDS = [
    "SELECT", "DISTINCT", "WHERE", "FILTER", "OPTIONAL", "UNION", "MINUS", "BIND", "VALUES", "GRAPH", "PREFIX",
    "ORDER BY", "GROUP BY", "HAVING", "LIMIT", "OFFSET", "CONSTRUCT", "DESCRIBE", "ASK", "COUNT", "SAMPLE",
    "GROUP_CONCAT", "NOT EXISTS", "EXISTS", "STRSTARTS", "CONTAINS", "LANG", "REGEX", "STR",
  ];
  const MAX = 12;

  function attach(textarea, list) {
    const prefixes = JSON.parse(document.getElementById("prefixes").textContent);
    const vocabulary = JSON.parse(document.getElementById("vocabulary").textContent);
    const searchApi = window.RadixSearch ? window.RadixSearch.api : null;
    const terms = [];
    for (const [kind, iris] of [["class", vocabulary.classes], ["property", vocabulary.properties]]) {
      for (const iri of iris) {
        for (const [prefix, namespace] of Object.entries(prefixes)) {
          const local = iri.slice(namespace.length);
          if (iri.startsWith(namespace) && /^[\w.\-]+$/.test(local)) terms.push({ prefix, local, kind, iri });
        }
      }
    }
    let items = [];
    let active = 0;
    let range = null; // [start, end] of the text the chosen item replaces
    let lookup = null;

    function close() {
      list.hidden = true;
      list.textContent = "";
      items = [];
      range = null;
    }

    function render() {
      list.textContent = "";
      items.forEach((item, index) => {
        const row = document.createElement("li");
        row.setAttribute("role", "option");
        row.setAttribute("aria-selected", index === active ? "true" : "false");
        row.className = "completion";
        const text = document.createElement("code");
        text.textContent = item.display || item.insert;
        const kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = item.kind;
        row.append(text, kind);
        if (item.note) {
          const note = document.createElement("span");
          note.className = "hint";
          note.textContent = item.note;
          row.append(note);
        }
        row.addEventListener("mousedown", (event) => {
          event.preventDefault();
          active = index;
          accept();
        });
        list.appendChild(row);
      });
      list.hidden = items.length === 0;
    }

    function accept() {
      const item = items[active];
      if (!item || !range) return close();
      const [start, end] = range;
      close();
      textarea.setRangeText(item.insert, start, end, "end");
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
      close(); // the input event may have reopened the list on the inserted text
      textarea.focus();
    }

    async function entities(prefix, local, start, end) {
      if (!searchApi || prefixes[prefix] !== "https://w3id.org/radix/" || local.length < 2) return;
      if (lookup) lookup.abort();
      lookup = new AbortController();
      const words = local.replace(/_/g, " ");
      try {
        const response = await fetch(searchApi + "?" + new URLSearchParams({ q: words, limit: "8" }), { signal: lookup.signal });
        if (!response.ok) return;
        const answer = await response.json();
        if (!range || range[0] !== start || textarea.selectionStart !== end) return; // the text moved on
        const known = new Set(items.map((item) => item.insert));
        for (const hit of answer.hits) {
          const insert = hit.id;
          if (!known.has(insert)) items.push({ insert, kind: hit.types.join(", ") || "entity", note: hit.label });
        }
        items = items.slice(0, MAX);
        render();
      } catch (error) { /* a newer lookup replaced this one */ }
    }

    function suggest(explicit) {
      const caret = textarea.selectionStart;
      if (caret !== textarea.selectionEnd) return close();
      const before = textarea.value.slice(0, caret);
      const declaring = /PREFIX\s+([\w\-]*)$/i.exec(before);
      const prefixed = /(?:^|[^\w?$:<"'])([A-Za-z][\w\-]*)?:([\w.\-]*)$/.exec(before);
      const bare = /(?:^|[^\w?$:<"'])([A-Za-z][\w\-]*)$/.exec(before);
      items = [];
      active = 0;
      if (declaring) {
        const word = declaring[1].toLowerCase();
        range = [caret - declaring[1].length, caret];
        for (const [prefix, namespace] of Object.entries(prefixes)) {
          if (prefix.toLowerCase().startsWith(word)) items.push({ insert: prefix + ": <" + namespace + ">", kind: "prefix" });
        }
      } else if (prefixed && prefixed[1] !== undefined && prefixes[prefixed[1]] !== undefined) {
        const [prefix, local] = [prefixed[1], prefixed[2]];
        range = [caret - prefix.length - 1 - local.length, caret];
        const lower = local.toLowerCase();
        const matching = terms.filter((term) => term.prefix === prefix && term.local.toLowerCase().includes(lower));
        matching.sort((a, b) => Number(!a.local.toLowerCase().startsWith(lower)) - Number(!b.local.toLowerCase().startsWith(lower)));
        items = matching.slice(0, MAX).map((term) => ({ insert: prefix + ":" + term.local, kind: term.kind }));
        entities(prefix, local, range[0], caret);
      } else if (bare && (explicit || bare[1].length >= 3)) {
        const word = bare[1];
        const lower = word.toLowerCase();
        range = [caret - word.length, caret];
        for (const prefix of Object.keys(prefixes).sort()) {
          if (prefix.toLowerCase().startsWith(lower)) items.push({ insert: prefix + ":", kind: "prefix", note: prefixes[prefix] });
        }
        if (explicit || word.length >= 3) {
          for (const keyword of KEYWORDS) {
            if (keyword.toLowerCase().startsWith(lower) && keyword.toLowerCase() !== lower) items.push({ insert: keyword, kind: "keyword" });
          }
        }
        items = items.slice(0, MAX);
      } else if (explicit) {
        range = [caret, caret];
        items = Object.keys(prefixes).sort().slice(0, MAX).map((prefix) => ({ insert: prefix + ":", kind: "prefix", note: prefixes[prefix] }));
      } else {
        return close();
      }
      render();
    }

    textarea.addEventListener("input", () => suggest(false));
    textarea.addEventListener("keydown", (event) => {
      if (event.key === " " && event.ctrlKey) {
        event.preventDefault();
        suggest(true);
        return;
      }
      if (list.hidden || !items.length) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        active = (active + (event.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
        render();
      } else if ((event.key === "Enter" && !event.ctrlKey && !event.metaKey) || event.key === "Tab") {
        event.preventDefault();
        accept();
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    });
    textarea.addEventListener("blur", () => setTimeout(close, 150));
    textarea.addEventListener("click", close);
  }

  window.RadixComplete = { attach: attach };
})();
