/* Upload page: read a dropped file through POST /api/parse, show the fields with the
   uncertain ones highlighted, let the person correct them, and save through
   POST /api/filings (the ledger keeps the original reading plus the corrections). */
(function () {
  "use strict";
  const h = window.S16.h;
  const $ = (id) => document.getElementById(id);
  let current = null; // the File being reviewed

  function status(el, text, kind) {
    el.replaceChildren(typeof text === "string" ? document.createTextNode(text) : text);
    el.className = "status" + (kind ? " " + kind : "");
  }

  async function read(file) {
    current = file;
    $("review").hidden = true;
    status($("upload-status"), `Reading ${file.name}…`);
    const body = new FormData();
    body.append("file", file, file.name);
    const r = await fetch("/api/parse", { method: "POST", body });
    const data = await r.json().catch(() => ({ error: r.status + " " + r.statusText }));
    if (!r.ok) { status($("upload-status"), data.error || "could not read the file", "error"); return; }
    status($("upload-status"), `Read ${file.name} as ${data.source_format}.`, "ok");
    show(file, data);
  }

  function show(file, data) {
    const doc = data.document;
    const issuer = doc.issuer || {};
    const owners = (doc.reporting_owners || []).map((o) => o.rpt_owner_name).filter(Boolean).join("; ");
    $("review-title").textContent = `Form ${doc.document_type || "?"} · ${issuer.issuer_name || "?"}` +
      (issuer.issuer_trading_symbol ? ` [${issuer.issuer_trading_symbol}]` : "") + (owners ? ` · ${owners}` : "");
    const n = data.uncertain_fields.length;
    $("review-summary").textContent = n
      ? `${n} field${n > 1 ? "s" : ""} read with uncertainty, highlighted below: hover the flag to see the text each was read from, and correct the value if it is wrong.`
      : "The reader is sure of every field. You can still correct any value.";
    // Findings
    const fbox = $("review-findings");
    fbox.replaceChildren();
    if (data.findings && data.findings.length) {
      const ul = h("ul", { class: "findings" });
      for (const f of data.findings) {
        ul.append(h("li", { class: "sev-" + f.severity }, h("span", { class: "sev", text: f.severity }), " ",
          h("code", { text: f.rule }), " ", f.path ? h("code", { class: "path", text: f.path }) : null, " ", f.message));
      }
      fbox.append(h("h3", { text: "Check findings" }), ul);
    }
    for (const w of data.warnings || []) fbox.append(h("p", { class: "warn", text: w }));
    // Fields grouped by section, uncertain ones first within the page order.
    const box = $("review-fields");
    box.replaceChildren();
    let table = null, section = null;
    for (const f of data.fields) {
      if (f.section !== section) {
        section = f.section;
        table = h("table", { class: "grid fieldset" }, h("caption", { text: section }));
        table.append(h("tbody"));
        box.append(table);
      }
      const input = h("input", { name: f.path, value: f.value, "data-original": f.value, "aria-label": f.path });
      const td = h("td", {}, input);
      if (f.uncertain) {
        const flag = h("span", { class: "flag", tabindex: "0", text: "uncertain" });
        if (f.evidence) flag.append(h("span", { class: "evidence", role: "tooltip", text: f.evidence }));
        td.append(" ", flag);
      }
      input.addEventListener("input", () => input.classList.toggle("changed", input.value !== input.dataset.original));
      table.tBodies[0].append(h("tr", { class: "field" + (f.uncertain ? " uncertain" : ""), "data-path": f.path },
        h("th", { scope: "row" }, h("code", { text: f.name })), td));
    }
    $("review").hidden = false;
    status($("save-status"), "");
    const first = box.querySelector("tr.uncertain input");
    if (first) first.focus();
  }

  function corrections() {
    const out = [];
    for (const input of document.querySelectorAll("#review-fields input[data-original]")) {
      if (input.value !== input.dataset.original) out.push({ path: input.name, value: input.value });
    }
    return out;
  }

  async function save(ev) {
    ev.preventDefault();
    if (!current) return;
    const fixes = corrections();
    const token = $("token") ? $("token").value : "";
    const body = new FormData();
    body.append("file", current, current.name);
    body.append("corrections", JSON.stringify(fixes));
    if ($("author") && $("author").value) body.append("author", $("author").value);
    status($("save-status"), "Saving…");
    const r = await fetch("/api/filings", { method: "POST", body, headers: token ? { Authorization: "Bearer " + token } : {} });
    const data = await r.json().catch(() => ({ error: r.status + " " + r.statusText }));
    if (!r.ok) { status($("save-status"), data.error || "could not save", "error"); return; }
    const link = h("a", { href: "/filings/" + encodeURIComponent(data.key), id: "saved-link", text: data.key });
    const n = data.corrections.length;
    status($("save-status"), h("span", {}, `Saved (${data.status}) as `, link,
      n ? ` with ${n} correction${n > 1 ? "s" : ""}; the original reading is kept.` : " with no corrections."), "ok");
    for (const input of document.querySelectorAll("#review-fields input[data-original]")) {
      input.dataset.original = input.value;
      input.classList.remove("changed");
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    const input = $("file"), zone = $("dropzone");
    input.addEventListener("change", () => { if (input.files[0]) read(input.files[0]); });
    zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (e) => {
      e.preventDefault();
      zone.classList.remove("over");
      if (e.dataTransfer.files[0]) read(e.dataTransfer.files[0]);
    });
    const form = $("save-form");
    if (form) form.addEventListener("submit", save);
  });
})();
