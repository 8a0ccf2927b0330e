/* section16 web app: search suggestions and SVG charts drawn from the JSON API.
   Plain JavaScript, no build step, no network beyond this server. */
(function () {
  "use strict";
  const S16 = (window.S16 = window.S16 || {});
  const SVGNS = "http://www.w3.org/2000/svg";

  function h(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") e.textContent = v;
      else e.setAttribute(k, v);
    }
    for (const k of kids) if (k !== null && k !== undefined) e.append(k);
    return e;
  }
  function s(tag, attrs, ...kids) {
    const e = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "text") e.textContent = v;
      else e.setAttribute(k, v);
    }
    for (const k of kids) if (k) e.append(k);
    return e;
  }
  S16.h = h;

  S16.fmt = function (n, digits) {
    if (n === null || n === undefined || n === "") return "—";
    const x = Number(n);
    if (!isFinite(x)) return String(n);
    const a = Math.abs(x);
    if (digits === "short") {
      if (a >= 1e9) return (x / 1e9).toFixed(1).replace(/\.0$/, "") + "B";
      if (a >= 1e6) return (x / 1e6).toFixed(1).replace(/\.0$/, "") + "M";
      if (a >= 1e3) return (x / 1e3).toFixed(1).replace(/\.0$/, "") + "k";
    }
    return x.toLocaleString("en-US", { maximumFractionDigits: 4 });
  };

  S16.getJSON = async function (url) {
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(body.error || r.status + " " + r.statusText);
    return body;
  };

  /* ---- search box with instant suggestions -------------------------------------- */
  function initSearch() {
    const input = document.getElementById("q");
    const list = document.getElementById("suggestions");
    if (!input || !list) return;
    let timer = null, seq = 0, active = -1, items = [];

    function hrefOf(it) {
      if (it.kind === "issuer") return "/issuers/" + encodeURIComponent(it.ticker || it.cik || it.name);
      return "/owners/" + encodeURIComponent(it.cik || it.name);
    }
    function close() { list.hidden = true; active = -1; }
    function render() {
      list.replaceChildren();
      items.forEach((it, i) => {
        const a = h("a", { href: hrefOf(it), role: "option", "aria-selected": i === active ? "true" : null },
          h("span", { class: "kind kind-" + it.kind, text: it.kind }), " ",
          h("span", { class: "name", text: it.name || it.cik }),
          it.ticker ? h("span", { class: "ticker", text: it.ticker }) : null,
          it.cik ? h("span", { class: "cik", text: "CIK " + it.cik }) : null);
        list.append(h("li", { class: i === active ? "active" : null }, a));
      });
      if (!items.length && input.value.trim()) list.append(h("li", { class: "none", text: "No match" }));
      list.hidden = !input.value.trim();
    }
    async function lookup() {
      const q = input.value.trim();
      const mine = ++seq;
      if (!q) { items = []; close(); return; }
      try {
        const found = await S16.getJSON("/api/search?limit=8&q=" + encodeURIComponent(q));
        if (mine !== seq) return; // a newer keystroke already answered
        items = found; active = -1; render();
      } catch (e) { items = []; close(); }
    }
    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(lookup, 120); });
    input.addEventListener("keydown", (ev) => {
      if (list.hidden || !items.length) return;
      if (ev.key === "ArrowDown") { active = (active + 1) % items.length; render(); ev.preventDefault(); }
      else if (ev.key === "ArrowUp") { active = (active - 1 + items.length) % items.length; render(); ev.preventDefault(); }
      else if (ev.key === "Enter" && active >= 0) { window.location.href = hrefOf(items[active]); ev.preventDefault(); }
      else if (ev.key === "Escape") close();
    });
    document.addEventListener("click", (ev) => { if (!list.contains(ev.target) && ev.target !== input) close(); });
  }

  /* ---- chart helpers ---------------------------------------------------------------- */
  function niceTicks(lo, hi, n) {
    if (lo === hi) { lo -= 1; hi += 1; }
    const step0 = (hi - lo) / Math.max(1, n);
    const mag = Math.pow(10, Math.floor(Math.log10(step0)));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((st) => st >= step0) || step0;
    const out = [];
    const first = Math.floor(lo / step), last = Math.ceil(hi / step);
    for (let k = first; k <= last; k++) out.push(k * step);
    return out;
  }
  function frame(container, height) {
    const width = Math.max(320, container.clientWidth || 800);
    const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, width: width, height: height, class: "chart-svg", role: "img" });
    container.append(svg);
    return { svg, width, height };
  }
  function yAxis(svg, ticks, y, left, right) {
    const g = s("g", { class: "axis y" });
    for (const t of ticks) {
      g.append(s("line", { x1: left, x2: right, y1: y(t), y2: y(t), class: t === 0 ? "zero" : "grid" }));
      g.append(s("text", { x: left - 6, y: y(t) + 4, "text-anchor": "end", text: S16.fmt(t, "short") }));
    }
    svg.append(g);
  }

  /* Bars per month: buying above zero, selling below, with the net as a dot. */
  S16.monthlyChart = function (container, rows) {
    container.replaceChildren();
    if (!rows.length) { container.append(h("p", { class: "empty", text: "No open-market purchases or sales." })); return; }
    const { svg, width, height } = frame(container, 260);
    const m = { l: 64, r: 12, t: 12, b: 34 };
    const lo = Math.min(0, ...rows.map((r) => -r.sold_value));
    const hi = Math.max(0, ...rows.map((r) => r.bought_value));
    const ticks = niceTicks(lo, hi, 5);
    const y0 = Math.min(lo, ticks[0]), y1 = Math.max(hi, ticks[ticks.length - 1]);
    const y = (v) => m.t + (height - m.t - m.b) * (1 - (v - y0) / (y1 - y0 || 1));
    yAxis(svg, ticks, y, m.l, width - m.r);
    const band = (width - m.l - m.r) / rows.length;
    const bw = Math.max(2, Math.min(36, band * 0.7));
    const every = Math.ceil(rows.length / Math.max(1, Math.floor((width - m.l) / 64)));
    rows.forEach((r, i) => {
      const x = m.l + band * i + (band - bw) / 2;
      const g = s("g", { class: "month", "data-month": r.month });
      if (r.bought_value > 0) g.append(s("rect", { class: "bar buy", x, width: bw, y: y(r.bought_value), height: Math.max(1, y(0) - y(r.bought_value)) },
        s("title", { text: `${r.month}: bought ${S16.fmt(r.bought_shares)} shares, $${S16.fmt(r.bought_value)}` })));
      if (r.sold_value > 0) g.append(s("rect", { class: "bar sell", x, width: bw, y: y(0), height: Math.max(1, y(-r.sold_value) - y(0)) },
        s("title", { text: `${r.month}: sold ${S16.fmt(r.sold_shares)} shares, $${S16.fmt(r.sold_value)}` })));
      g.append(s("circle", { class: "net", cx: x + bw / 2, cy: y(r.net_value), r: 3 },
        s("title", { text: `${r.month}: net $${S16.fmt(r.net_value)}` })));
      if (i % every === 0) g.append(s("text", { class: "xlabel", x: x + bw / 2, y: height - m.b + 16, "text-anchor": "middle", text: r.month }));
      svg.append(g);
    });
    container.dataset.points = String(rows.length);
  };

  function rowDate(r) {
    return r.date || r.next_date || null;
  }
  function rowPosition(r) {
    // The figure the filing reports; where a row reports none, the running position.
    if (r.position !== undefined && r.position !== null) return Number(r.position);
    if (r.running !== undefined && r.running !== null) return Number(r.running);
    return null;
  }
  /* Which position a row moves: issuer, security, ownership form (and grant terms). */
  function rowGroup(r) {
    return [r.issuer_cik || r.issuer, r.security_title, r.derivative ? "D" : "N", r.ownership,
      r.nature_of_ownership, r.exercise_price, r.expiration_date].map((x) => (x === null || x === undefined ? "" : String(x))).join("|");
  }
  function groupLabel(r) {
    const form = r.ownership === "I" ? "indirect" + (r.nature_of_ownership ? " (" + r.nature_of_ownership + ")" : "") :
      r.ownership === "D" ? "direct" : null;
    const terms = r.derivative ? [r.exercise_price !== null && r.exercise_price !== undefined ? "@ " + S16.fmt(r.exercise_price) : null,
      r.expiration_date ? "exp. " + r.expiration_date : null].filter(Boolean).join(", ") : null;
    const issuer = r.issuer && r.ticker ? `${r.issuer} (${r.ticker})` : r.issuer || r.ticker;
    return [issuer, r.security_title, terms, form].filter(Boolean).join(" · ");
  }

  /* One step chart per position (security and ownership form), gaps marked in red.
     Changes are spaced evenly in date order (a Form 4 often reports dozens of sales on
     one day, which a time axis would stack into one vertical line); dates label the axis. */
  S16.timelineCharts = function (container, rows) {
    container.replaceChildren();
    const groups = new Map();
    for (const r of rows) {
      const p = rowPosition(r);
      if (!r.date || p === null || isNaN(p)) continue;
      const k = rowGroup(r);
      if (!groups.has(k)) groups.set(k, { label: groupLabel(r), points: [] });
      groups.get(k).points.push({ d: r.date, p, r });
    }
    if (!groups.size) { container.append(h("p", { class: "empty", text: "No position changes recorded." })); return; }
    for (const [key, grp] of groups) {
      const nGaps = grp.points.filter((q) => q.r.gap !== null && q.r.gap !== undefined).length;
      const box = h("figure", { class: "timeline" + (nGaps ? " has-gap" : ""), "data-position": key });
      box.append(h("figcaption", {}, grp.label, nGaps ? h("span", { class: "gap-count", text: ` ${nGaps} gap${nGaps > 1 ? "s" : ""}` }) : null));
      container.append(box);
      drawTimeline(box, grp);
    }
  };

  function drawTimeline(box, grp) {
    const pts = grp.points;
    const { svg, width, height } = frame(box, 190);
    const m = { l: 64, r: 16, t: 12, b: 30 };
    const vals = pts.map((q) => q.p).concat(pts.filter((q) => q.r.gap).map((q) => q.p - q.r.gap));
    const ticks = niceTicks(Math.min(0, ...vals), Math.max(...vals), 4);
    const v0 = ticks[0], v1 = ticks[ticks.length - 1];
    const n = pts.length;
    const x = (i) => m.l + (width - m.l - m.r) * ((i + 0.5) / n);
    const y = (v) => m.t + (height - m.t - m.b) * (1 - (v - v0) / (v1 - v0 || 1));
    yAxis(svg, ticks, y, m.l, width - m.r);
    // Date labels where the date changes, skipping those that would overlap.
    let lastLabelX = -Infinity, lastDate = null;
    pts.forEach((q, i) => {
      if (q.d === lastDate) return;
      lastDate = q.d;
      svg.append(s("line", { class: "tick", x1: x(i), x2: x(i), y1: height - m.b, y2: height - m.b + 4 }));
      if (x(i) - lastLabelX < 74) return;
      lastLabelX = x(i);
      svg.append(s("text", { class: "xlabel", x: x(i), y: height - m.b + 16, "text-anchor": "middle", text: q.d }));
    });
    let d = `M ${m.l} ${y(pts[0].r.running !== null && pts[0].r.change !== null ? pts[0].p - (pts[0].r.change || 0) : pts[0].p)}`;
    pts.forEach((q, i) => { d += ` H ${x(i)} V ${y(q.p)}`; });
    d += ` H ${width - m.r}`;
    svg.append(s("path", { class: "position", d }));
    pts.forEach((q, i) => {
      const r = q.r;
      let label = `${q.d}: ${S16.fmt(q.p)} held` + (r.code ? ` after code ${r.code}` : "") +
        (r.change ? ` (${r.change > 0 ? "+" : ""}${S16.fmt(r.change)})` : "");
      if (r.gap !== null && r.gap !== undefined) {
        const expected = q.p - r.gap;
        label += ` — gap: expected ${S16.fmt(expected)} from the previous filing, reported ${S16.fmt(q.p)} (off by ${S16.fmt(r.gap)})`;
        const mark = s("g", { class: "gap", "data-date": q.d, "data-gap": r.gap });
        mark.append(s("line", { class: "gap-span", x1: x(i), x2: x(i), y1: y(expected), y2: y(q.p) }));
        mark.append(s("circle", { cx: x(i), cy: y(expected), r: 4 }));
        mark.append(s("title", { text: label }));
        svg.append(mark);
      }
      const dot = s("circle", { class: "point", cx: x(i), cy: y(q.p), r: n > 60 ? 2 : 3.5, "data-date": q.d, "data-position": q.p },
        s("title", { text: label }));
      svg.append(r.filing_key ? s("a", { href: "/filings/" + encodeURIComponent(r.filing_key) }, dot) : dot);
    });
    box.dataset.points = String(n);
  }

  async function initCharts() {
    for (const el of document.querySelectorAll("[data-chart]")) {
      el.classList.add("loading");
      try {
        if (el.dataset.chart === "monthly") {
          S16.monthlyChart(el, await S16.getJSON(el.dataset.src));
        } else if (el.dataset.chart === "timeline") {
          S16.timelineCharts(el, await S16.getJSON(el.dataset.src));
        }
        el.dataset.ready = "1";
      } catch (e) {
        el.replaceChildren(h("p", { class: "error", text: "Could not draw the chart: " + e.message }));
        el.dataset.ready = "error";
      } finally {
        el.classList.remove("loading");
      }
    }
  }

  /* The official form is a page of its own (its own styles); size its frame to fit. */
  function initFormFrame() {
    const frame = document.getElementById("official-form");
    if (!frame) return;
    const fit = () => {
      try {
        const body = frame.contentDocument.body;
        frame.style.height = Math.ceil(body.getBoundingClientRect().height) + 32 + "px";
      } catch (e) { /* not loaded yet */ }
    };
    frame.addEventListener("load", fit);
    window.addEventListener("resize", fit);
  }

  document.addEventListener("DOMContentLoaded", () => { initSearch(); initCharts(); initFormFrame(); });
})();
