// The explorer on an entity's page, in place: following a ⊕, "more" or a relation filter fetches the new picture
// from the server (/api/entity/<id>/explorer) and swaps it in, keeping the page's URL in step. Without this
// script the same links and the filter form load the page with that state: the server draws every picture.
"use strict";

(function () {
  const section = document.getElementById("picture");
  if (!section) return;

  function explorer() {
    return document.getElementById("explorer");
  }

  function hideApply() {
    const apply = section.querySelector("#explorer-filters .apply");
    if (apply) apply.hidden = true; // ticking a box applies it at once
  }

  async function show(search) {
    const current = explorer();
    current.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(current.dataset.fragment + search);
      if (!response.ok) throw new Error(response.status + " " + response.statusText);
      const template = document.createElement("template");
      template.innerHTML = (await response.text()).trim();
      current.replaceWith(template.content);
      hideApply();
      window.history.replaceState(null, "", explorer().dataset.address); // the state's one address
    } catch (error) {
      window.location.href = current.dataset.page + search + "#picture"; // let the server draw it
    }
  }

  section.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-view]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const address = new URL(link.getAttribute("href") || link.getAttributeNS("http://www.w3.org/1999/xlink", "href"), window.location.href);
    show(address.search);
  });
  section.addEventListener("change", (event) => {
    const form = event.target.closest("#explorer-filters");
    if (!form) return;
    const data = new URLSearchParams(new FormData(form));
    show("?" + data.toString());
  });
  hideApply();
})();
