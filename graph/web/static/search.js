// Suggestions as one types, for the search box of every page and for any input marked data-entity-input.
// Plain JavaScript with no dependencies. Each suggestion shows the entity's label, kind and IRI; choosing
// one from the search box opens its page, choosing one in an entity input fills in its CURIE. Without
// JavaScript the search box still works: it submits to /search, which lists the same ranked matches.
"use strict";

(function () {
  const script = document.currentScript;
  const api = script.dataset.api;
  const entityBase = script.dataset.entityBase;
  const radixNamespace = "https://w3id.org/radix/";
  let counter = 0;

  function pageOf(hit) {
    return entityBase + encodeURIComponent(hit.iri.slice(radixNamespace.length));
  }

  function option(hit, id) {
    const item = document.createElement("li");
    item.id = id;
    item.setAttribute("role", "option");
    item.className = "search-hit";
    const label = document.createElement("span");
    label.className = "hit-label";
    label.textContent = hit.label;
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = hit.types.length ? hit.types.join(", ") : "entity";
    const iri = document.createElement("code");
    iri.className = "iri";
    iri.textContent = hit.iri;
    item.append(label, kind, iri);
    if (hit.via !== "label" && hit.matched && hit.matched !== hit.label) {
      const via = document.createElement("span");
      via.className = "hint";
      via.textContent = hit.via + ": " + hit.matched;
      item.append(via);
    }
    return item;
  }

  // Attach suggestions to an input. options: list (a <ul> to fill; made if absent), types (comma-separated
  // class names to keep), pick (what choosing a hit does).
  function attach(input, options) {
    let list = options.list;
    if (!list) {
      list = document.createElement("ul");
      list.className = "search-hits";
      list.hidden = true;
      list.setAttribute("role", "listbox");
      list.id = "entity-hits-" + ++counter;
      input.parentNode.insertBefore(list, input.nextSibling);
      input.setAttribute("role", "combobox");
      input.setAttribute("aria-autocomplete", "list");
      input.setAttribute("aria-controls", list.id);
      input.setAttribute("aria-expanded", "false");
    }
    let hits = [];
    let active = -1;
    let timer = null;
    let pending = null;

    function close() {
      list.hidden = true;
      list.textContent = "";
      hits = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      active = index;
      Array.from(list.children).forEach((item, position) => {
        item.setAttribute("aria-selected", position === index ? "true" : "false");
      });
      if (index >= 0) input.setAttribute("aria-activedescendant", list.children[index].id);
    }

    function show(found) {
      list.textContent = "";
      hits = found;
      active = -1;
      found.forEach((hit, index) => {
        const item = option(hit, list.id + "-" + index);
        item.addEventListener("mousedown", (event) => {
          event.preventDefault(); // keep the focus, so the blur does not close the list first
          choose(index);
        });
        list.appendChild(item);
      });
      list.hidden = found.length === 0;
      input.setAttribute("aria-expanded", found.length ? "true" : "false");
    }

    function choose(index) {
      const hit = hits[index];
      close();
      if (hit) options.pick(hit);
    }

    async function lookUp(text) {
      if (pending) pending.abort();
      pending = new AbortController();
      const query = new URLSearchParams({ q: text, limit: "8" });
      if (options.types) query.set("types", options.types);
      try {
        const response = await fetch(api + "?" + query.toString(), { signal: pending.signal });
        if (!response.ok) return close();
        const answer = await response.json();
        if (input.value.trim() === text) show(answer.hits);
      } catch (error) {
        if (error.name !== "AbortError") close();
      }
    }

    input.addEventListener("input", () => {
      clearTimeout(timer);
      const text = input.value.trim();
      if (text.length < 2) return close();
      timer = setTimeout(() => lookUp(text), 120);
    });
    input.addEventListener("keydown", (event) => {
      if (list.hidden || !hits.length) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        highlight((active + step + hits.length) % hits.length);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 150));
  }

  window.RadixSearch = { attach: attach, pageOf: pageOf, api: api };

  const box = document.getElementById("site-search-q");
  if (box) {
    attach(box, {
      list: document.getElementById("site-search-hits"),
      pick: (hit) => { window.location.href = pageOf(hit); },
    });
  }
  for (const input of document.querySelectorAll("input[data-entity-input]")) {
    attach(input, { types: input.dataset.types, pick: (hit) => { input.value = hit.id; } });
  }
})();
