/* lagebild web UI: plain JavaScript over the JSON API under /api/.
 *
 * Article text is untrusted. Every element is built with document.createElement and every
 * string goes in through textContent (the h() helper); nothing here assigns HTML markup. The
 * body of a document arrives already cut into segments by the server, so no offset is ever
 * computed in JavaScript (whose strings count UTF-16 units, not characters).
 */
"use strict";

(function () {
  const QUADS = ["material_cooperation", "verbal_cooperation", "verbal_conflict", "material_conflict", "other"];
  const KINDS = ["mention", "timex", "quote", "event", "claim"];
  const KIND_LABEL = { mention: "mentions", timex: "timexes", quote: "quotes", event: "events", claim: "claims" };
  let META = null;
  let L = {};
  let timeline = null;
  let timelineItems = [];
  let showAll = null;  // the timeline's window over all its items ("Alles zeigen")
  let network = null;
  const filters = { actor: "", type: "", since: "", until: "" };

  // -- helpers -----------------------------------------------------------------------------
  /** An element with attributes and children; strings become text nodes, never markup. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "text") el.textContent = v;
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  function t(key) { return L[key] !== undefined ? L[key] : key; }
  // "1 Zitat", "2 Zitate": the singular label of a plural key where the labels have one.
  const SINGULAR = { documents: "document", events: "event", quotes: "quote", claims: "claim",
                     mentions: "mention", actors: "actor" };
  function tn(count, key) { return `${count} ${t(count === 1 && SINGULAR[key] ? SINGULAR[key] : key)}`; }
  function typeLabel(type) { return (L.event_types && L.event_types[type]) || type; }
  function enc(s) { return encodeURIComponent(s); }
  function docHref(doc, start, end) {
    return start === null || start === undefined ? `#/doc/${enc(doc)}` : `#/doc/${enc(doc)}?start=${start}&end=${end}`;
  }

  async function api(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) q.set(k, v);
    const url = "/api/" + path + (q.toString() ? "?" + q : "");
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    if (r.status === 404) return null;
    if (r.status === 400) {
      // the user's query breaks the search syntax ("Gaza OR"): the server says what is wrong
      const body = await r.json().catch(() => null);
      if (body && typeof body.detail === "string") throw new Error(body.detail);
    }
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json();
  }

  /** A date at its granularity: "12. Februar 2025", "Februar 2025", "Sommer 2025", "Q1 2025", "2024". */
  function formatDate(d) {
    if (!d || (!d.value && !d.start)) return t("undated");
    const g = d.granularity;
    const lang = META ? META.language : "de";
    const fmt = (x, opts) => new Date(x + "T12:00:00Z").toLocaleDateString(lang, opts);
    const day = (x) => fmt(x, { day: "numeric", month: "long", year: "numeric" });
    const v = d.value || "";
    try {
      // a week by its days ("9. Februar 2026 – 15. Februar 2026")
      if ((g === "day" || g === "week") && d.start && d.end && d.end !== d.start) return `${day(d.start)} – ${day(d.end)}`;
      if (g === "day" && d.start) return day(d.start);
      if (g === "month" && d.start) return fmt(d.start, { month: "long", year: "numeric" });
      if (g === "season" && /^\d{4}-[A-Z]{2}$/.test(v) && L["season_" + v.slice(5)]) return `${t("season_" + v.slice(5))} ${v.slice(0, 4)}`;
      if (g === "quarter" && /^\d{4}-Q\d$/.test(v)) return `${v.slice(5)} ${v.slice(0, 4)}`;
      if (g === "year" && /^\d{4}$/.test(v)) return v;
    } catch (e) { /* an unparsable date: show the raw value */ }
    return `${v || d.start}${g ? " (" + t(g) + ")" : ""}`;
  }

  /** What a document's report of an event is, where it is not simply an event of the timeline:
   * " (hypothetisch · nicht in der Zeitleiste)" (sixth user trial: the panel listed a hypothetical
   * talk like the rest, and six events beside the timeline's five). */
  function eventNotes(a) {
    const notes = [a.status !== "occurred" ? t(a.status) : null, a.event ? null : t("off_timeline")].filter(Boolean);
    return notes.length ? ` (${notes.join(" · ")})` : "";
  }

  function actorLink(a) {
    if (!a) return null;
    // An id the corpus does not hold as an entity (e.g. the state a leader stands for): no page.
    if (!a.type) return h("span", { class: "actor" }, a.name);
    // A city that speaks for its state in an event: the state first, "China (Peking)" (trial 7).
    const label = a.state ? `${a.state.name} (${a.name})` : a.name;
    return h("a", { class: `actor t-${a.type || "X"}`, href: `#/actor/${enc(a.id)}` }, label);
  }

  function actorList(list) {
    const out = [];
    (list || []).forEach((a, i) => { if (i) out.push(", "); out.push(actorLink(a)); });
    return out.length ? out : ["–"];
  }

  /** At most n characters (code points, so that no emoji is cut in half), with an ellipsis. */
  function clip(text, n) {
    const chars = Array.from(text || "");
    return chars.length > n ? chars.slice(0, n).join("") + "…" : chars.join("");
  }

  function names(list) { return (list || []).filter(Boolean).map((a) => a.name).join(", ") || "–"; }

  function chip(text, cls) { return h("span", { class: "chip " + (cls || "") }, text); }

  /** A sentence with its item highlighted, linked to its place in the document. */
  function evidence(doc, ex, start, end, meta) {
    return h("a", { class: "evidence", href: docHref(doc, start, end), title: t("show_in_document") },
      h("span", { class: "sentence" }, ex.before, h("mark", {}, ex.match), ex.after),
      meta ? h("span", { class: "src" }, meta) : null);
  }

  // One of the dates the sources disagree on, with who gives it: "2025-03-17 (Berliner Zeitung)".
  function conflictDate(d, mentions) {
    const docs = new Set(d.documents || []);
    const who = [...new Set(mentions.filter((m) => docs.has(m.document)).map((m) => m.outlet || m.title || m.document))];
    return `${d.value || d.start}` + (who.length ? ` (${who.join(", ")})` : "");
  }

  function docMeta(m) {
    return [m.title || m.document, m.outlet, m.published ? m.published.slice(0, 10) : null].filter(Boolean).join(" · ");
  }

  // Whether the figures of a group contradict each other: two documents' ranges that share no
  // number (one document's two figures count two groups: "drei … Soldaten, fünf … Soldaten").
  function figuresDiffer(list) {
    const hi = (c) => (c.value_max != null ? c.value_max : c.value);
    return list.some((a) => list.some((b) => a.document !== b.document && (a.value > hi(b) || b.value > hi(a))));
  }

  // The figures an event's reports give, by unit and outcome, with their outlets: where they
  // differ ("Menschen getötet: mindestens 12 (ZEIT ONLINE) · 14 (tagesschau.de)") the line says
  // so. A claim comes with its texts in the UI's language (label, figure, unit_label, heading):
  // the server writes them from the labels, for the dossier as well.
  function eventClaims(claims) {
    const groups = new Map();
    for (const c of claims) {
      const key = `${c.unit || ""} ${c.outcome || ""}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(c);
    }
    return [...groups.values()].map((list) => {
      const differ = figuresDiffer(list);
      return h("p", { class: differ ? "warn claims-line" : "claims-line" }, h("b", {}, list[0].heading), ": ",
        list.map((c, i) => [i ? " · " : "", h("a", { href: docHref(c.document, c.start, c.end), title: c.text },
          c.figure),
          ` (${c.outlet || c.title || c.document})`]),
        differ ? h("span", { class: "small" }, ` — ${t("figures_differ")}`) : null);
    });
  }

  function section(title, ...content) {
    return h("section", { class: "card" }, h("h2", {}, title), ...content);
  }

  function setView(name, ...children) {
    const view = document.getElementById("view");
    view.replaceChildren(...children);
    view.dataset.view = name;
    for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", a.dataset.view === name);
    if (timeline && name !== "timeline") { timeline.destroy(); timeline = null; }
    if (network && name !== "network") { network.destroy(); network = null; }
  }

  // -- timeline ----------------------------------------------------------------------------
  function select(label, options, value, onchange) {
    const s = h("select", { "aria-label": label, onchange: (e) => onchange(e.target.value) });
    for (const [v, text] of options) s.appendChild(h("option", { value: v, selected: v === value }, text));
    return s;
  }

  function legend() {
    return h("div", { class: "legend" },
      QUADS.map((q) => h("span", { class: `key q-${q}` }, h("i", {}), t(q))),
      h("span", { class: "key band" }, h("i", {}), `${t("month")} / ${t("year")} = Band`));
  }

  async function viewTimeline(params) {
    const selected = params ? params.get("event") : null;
    // Filters may come with the link (#/timeline?actor=Q7747): the actor page links here.
    for (const k of Object.keys(filters)) if (params && params.has(k)) filters[k] = params.get(k);
    const panel = h("aside", { class: "panel", id: "event-panel" }, h("p", { class: "hint" }, t("click_event")));
    const box = h("div", { id: "timeline", class: "timeline" });
    const note = h("div", { class: "hint", id: "undated" });
    const actorOptions = [["", t("all_actors")], ...META.actors.map((a) => [a.id, `${a.name} (${a.events})`])];
    const typeOptions = [["", t("all_types")], ...META.event_types.map((x) => [x, typeLabel(x)])];
    const reload = () => drawTimeline(box, panel, note);
    const since = h("input", { type: "date", value: filters.since, "aria-label": t("from"),
      onchange: (e) => { filters.since = e.target.value; reload(); } });
    const until = h("input", { type: "date", value: filters.until, "aria-label": t("to"),
      onchange: (e) => { filters.until = e.target.value; reload(); } });
    const bar = h("div", { class: "filters" },
      h("label", {}, t("actor"), select(t("actor"), actorOptions, filters.actor, (v) => { filters.actor = v; reload(); })),
      h("label", {}, t("type"), select(t("type"), typeOptions, filters.type, (v) => { filters.type = v; reload(); })),
      h("label", {}, t("period"), since, "–", until),
      h("button", { type: "button", onclick: () => { Object.keys(filters).forEach((k) => { filters[k] = ""; }); viewTimeline(null); } }, t("reset")),
      h("button", { type: "button", id: "fit", onclick: () => timeline && timeline.setWindow(showAll.start, showAll.end, { animation: false }) }, t("fit")));
    setView("timeline", h("div", { class: "split" },
      h("div", { class: "main" }, bar, box, h("div", { class: "below" }, legend(), note)), panel));
    await drawTimeline(box, panel, note);
    if (selected) {
      // Linked from a document or an actor: select the event and move the timeline to it.
      const item = timelineItems.find((i) => i.id === selected);
      if (timeline && item) {
        timeline.setSelection([selected]);
        timeline.moveTo(Date.parse(item.start), { animation: false });
      }
      await showEvent(panel, selected);
    }
  }

  async function drawTimeline(box, panel, note) {
    // (a link naming an actor the database does not know answers 404: an empty timeline)
    const data = (await api("timeline", filters)) || { items: [] };
    timelineItems = data.items;
    const groups = QUADS.filter((q) => data.items.some((i) => i.quad === q))
      .map((q, n) => ({ id: q, order: n, content: h("span", { class: `glabel q-${q}` }, t(q)) }));
    const items = data.items.map((i) => {
      const when = i.granularity && i.granularity !== "day" && i.value ? ` · ${i.value}` : "";  // never "· null"
      // a long label ends in "…" (app.css): the tooltip gives it whole
      return {
        id: i.id, group: i.quad, start: i.start, ...(i.point ? { type: "point" } : { type: "range", end: i.end }),
        className: `ev q-${i.quad} g-${i.granularity || "x"} s-${i.status}${i.conflict ? " conflict" : ""}`,
        content: h("span", { class: "ev-label", "data-event": i.id, title: `${typeLabel(i.type)} ${i.label || ""}${when}` },
          h("b", {}, typeLabel(i.type)), " ", i.label || "", when ? h("small", {}, when) : null),
      };
    });
    note.replaceChildren();
    if (data.undated.length) {
      // Undated events cannot sit on the axis; they stay one click away.
      note.appendChild(h("details", { class: "undated" },
        h("summary", {}, `${t("events")} ${t("undated")}: ${data.undated.length}`),
        h("ul", {}, data.undated.map((u) => h("li", {},
          h("a", { href: "#", onclick: (ev) => { ev.preventDefault(); showEvent(panel, u.id); } },
            chip(typeLabel(u.type), `q-${u.quad}`), u.label || "–",
            u.status !== "occurred" ? h("span", { class: "muted" }, ` (${t(u.status)})`) : null))))));
    }
    if (timeline) { timeline.destroy(); timeline = null; }
    box.replaceChildren();
    if (!items.length) { box.appendChild(h("p", { class: "empty" }, t("no_results"))); return; }
    // A label may take up to 30 % of the axis (the lane names take about 160 px), 240 to 380 px
    // (app.css cuts it there with "…").
    const axis = Math.max(box.clientWidth - 160, 200);
    const labelPx = Math.round(Math.min(380, Math.max(240, 0.3 * axis)));
    box.style.setProperty("--label-max", `${labelPx}px`);
    // The window over the days lo..hi, with room on the right for the labels of the latest
    // items, which run on past their date: at 1300 px they were cut at the widget's edge, after
    // "Show all" as well (vis' own fit reckons with the dates only).
    const DAY = 1000 * 60 * 60 * 24;
    const span = (lo, hi) => {
      const start = lo - Math.max((hi - lo) * 0.06, 10 * DAY);
      const share = Math.min(0.5, (labelPx + 24) / axis);
      return { start, end: Math.max((hi - share * start) / (1 - share), hi + 10 * DAY) };
    };
    // Open on the latest 15 months: background events years back ("seit 2014") would otherwise
    // squeeze the current ones into one pixel column. "Show all" shows everything.
    const hi = Math.max(...data.items.map((i) => Date.parse(i.end)));
    const first = Math.min(...data.items.map((i) => Date.parse(i.start)));
    const { start, end } = span(Math.max(first, hi - 456 * DAY), hi);
    showAll = span(first, hi);
    timeline = new vis.Timeline(box, items, groups, {
      start, end,
      stack: true, orientation: "top", showCurrentTime: false, zoomMin: 1000 * 60 * 60 * 24 * 4,
      margin: { item: { horizontal: 4, vertical: 6 } }, minHeight: 340,
      // as tall as the window allows below the filters, so that fewer lanes scroll
      maxHeight: Math.max(420, window.innerHeight - 230),
      locale: META.language, selectable: true, verticalScroll: true, zoomKey: "ctrlKey", horizontalScroll: false,
    });
    timeline.on("select", (p) => { if (p.items.length) showEvent(panel, p.items[0]); });
    // The timeline moves by its own transforms, never by native scrolling; but a browser that
    // scrolls a clicked or focused wide label into view shifts the items off the axis. Undo it.
    for (const el of box.querySelectorAll(".vis-panel")) {
      el.addEventListener("scroll", () => { if (el.scrollLeft) el.scrollLeft = 0; });
    }
  }

  async function showEvent(panel, id) {
    panel.replaceChildren(h("p", { class: "hint" }, t("loading")));
    const e = await api(`events/${enc(id)}`);
    if (!e) { panel.replaceChildren(h("p", {}, t("not_found"))); return; }
    panel.replaceChildren(eventCard(e, true));
  }

  function eventCard(e, full) {
    const rows = [
      [t("date"), formatDate(e.date)],
      [t("status"), t(e.status)],
      [t("source_actors"), actorList(e.source_actors)],
      [t("target_actors"), actorList(e.target_actors)],
    ];
    if (e.mode) rows.push([t("mode"), e.mode]);
    if (e.location) rows.push([t("location"), actorLink(e.location)]);
    return h("div", { class: "event-card" },
      h("div", { class: "ev-head" }, chip(typeLabel(e.type), `q-${e.quad}`),
        e.quad !== "other" ? h("span", { class: "muted" }, t(e.quad)) : null),
      h("dl", {}, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
      e.date_conflict ? h("p", { class: "warn" }, t("date_conflict") + ": ",
        e.date_conflict.map((d) => conflictDate(d, e.mentions)).join("; ")) : null,
      full ? h("h3", {}, `${t("sources")} (${e.mentions.length})`) : null,
      full ? e.mentions.map((m) => evidence(m.document, m.excerpt, m.start, m.end, docMeta(m))) : null,
      full && e.claims && e.claims.length ? [h("h3", {}, `${t("claims")} (${e.claims.length})`), eventClaims(e.claims)] : null);
  }

  // -- network -----------------------------------------------------------------------------
  const TYPE_COLOR = { PER: "#3b6fb6", ORG: "#8a4fb3", LOC: "#c98a1b", MISC: "#6b7785", X: "#6b7785" };

  async function viewNetwork() {
    const all = await api("relations");
    const months = all.months;
    const state = { since: "", until: "", level: "actors" };
    const panel = h("aside", { class: "panel" }, h("p", { class: "hint" }, t("click_actor")));
    const box = h("div", { id: "network", class: "network" });
    const opts = [["", "–"], ...months.map((m) => [m, m])];
    const redraw = () => drawNetwork(box, panel, state);
    const levels = [["actors", t("level_actors")], ["sides", t("level_sides")]];
    const bar = h("div", { class: "filters" },
      h("label", {}, t("level"), select(t("level"), levels, state.level, (v) => { state.level = v; redraw(); })),
      h("label", {}, t("from"), select(t("from"), opts, state.since, (v) => { state.since = v; redraw(); })),
      h("label", {}, t("to"), select(t("to"), opts, state.until, (v) => { state.until = v; redraw(); })),
      h("span", { class: "hint" }, t("network_hint")));
    const types = h("div", { class: "legend" }, ["PER", "ORG", "LOC", "MISC"].map((x) =>
      h("span", { class: `key t-${x}` }, h("i", {}), t(x))));
    setView("network", h("div", { class: "split" }, h("div", { class: "main" }, bar, box, types), panel));
    await redraw();
  }

  async function drawNetwork(box, panel, state) {
    const data = await api("relations", state);
    if (network) { network.destroy(); network = null; }
    box.replaceChildren();
    if (!data.edges.length) { box.appendChild(h("p", { class: "empty" }, t("no_results"))); panel.replaceChildren(); return; }
    const maxW = Math.max(...data.nodes.map((n) => n.weight), 1);
    const nodes = data.nodes.map((n) => ({
      id: n.id, label: n.name, shape: "dot", size: 10 + 22 * Math.sqrt(n.weight / maxW),
      color: { background: TYPE_COLOR[n.type || "X"], border: "#fff", highlight: { background: "#111", border: "#fff" } },
      font: { color: "#1c2430", size: 14, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#fff" },
      title: h("div", { class: "tip" }, `${n.name} · ${t(n.type || "MISC")} · ${tn(n.weight, "events")}`),
    }));
    const edges = data.edges.map((e, i) => ({
      id: i, from: e.a.id, to: e.b.id, width: 1 + 2.5 * Math.log2(1 + e.events),
      color: { color: e.score > 0 ? "#2e8b57" : e.score < 0 ? "#d2452f" : "#8c96a3", opacity: 0.85 },
      title: h("div", { class: "tip" }, `${e.a.name} – ${e.b.name}: ${t("cooperation")} ${e.cooperation}, ${t("conflict")} ${e.conflict}, ${t("score")} ${e.score}`),
      smooth: { type: "continuous" },
    }));
    network = new vis.Network(box, { nodes, edges }, {
      physics: { solver: "forceAtlas2Based", stabilization: { iterations: 200 }, forceAtlas2Based: { springLength: 140 } },
      interaction: { hover: true, tooltipDelay: 120 },
    });
    network.once("stabilizationIterationsDone", () => {
      if (!network) return;
      network.setOptions({ physics: false });
      network.fit({ animation: false });
      box.dataset.ready = "1";
    });
    const table = () => panel.replaceChildren(h("h2", {}, t("relations")), relationTable(data.edges));
    network.on("click", (p) => {
      if (p.nodes.length) location.hash = `#/actor/${enc(p.nodes[0])}`;
      else if (p.edges.length) showEdge(panel, data.edges[p.edges[0]], state, table);
      else table();
    });
    table();
  }

  /** The events behind an edge, each with its sentence. */
  async function showEdge(panel, e, state, back) {
    const list = (await api("events", { actor: e.a.id, partner: e.b.id, sides: state.level === "sides",
      since: state.since, until: state.until })) || [];
    const shown = list.filter((ev) => ev.status === "occurred");
    panel.replaceChildren(
      h("a", { href: "#", class: "small", onclick: (ev) => { ev.preventDefault(); back(); } }, `← ${t("relations")}`),
      h("h2", {}, actorLink(e.a), " – ", actorLink(e.b)),
      h("p", {}, h("span", { class: "pos" }, `${t("cooperation")} ${e.cooperation}`), " · ",
        h("span", { class: "neg" }, `${t("conflict")} ${e.conflict}`), " · ", `${t("score")} ${e.score}`),
      shown.length ? h("ul", { class: "events" }, shown.map(eventLine)) : h("p", { class: "muted" }, "–"));
  }

  function relationTable(edges) {
    const sorted = [...edges].sort((x, y) => y.events - x.events);
    return h("table", { class: "rel" },
      h("thead", {}, h("tr", {}, h("th", {}, t("actors")), h("th", { title: t("cooperation") }, "+"),
        h("th", { title: t("conflict") }, "−"), h("th", {}, t("score")))),
      h("tbody", {}, sorted.map((e) => h("tr", {},
        h("td", {}, actorLink(e.a), " – ", actorLink(e.b)), h("td", { class: "num pos" }, e.cooperation),
        h("td", { class: "num neg" }, e.conflict),
        h("td", { class: "num " + (e.score > 0 ? "pos" : e.score < 0 ? "neg" : "") }, e.score)))));
  }

  // -- actors ------------------------------------------------------------------------------
  async function viewActors() {
    const list = await api("entities");
    const grid = h("div", { class: "grid" });
    const draw = (q, type) => {
      const needle = q.toLocaleLowerCase();
      grid.replaceChildren(...list.filter((a) => (!type || a.type === type) &&
        (!needle || [a.name, ...a.aliases].some((s) => s.toLocaleLowerCase().includes(needle))))
        .map((a) => h("a", { class: `tile t-${a.type}`, href: `#/actor/${enc(a.id)}` },
          h("strong", {}, a.name), chip(t(a.type), `t-${a.type}`),
          h("span", { class: "counts" }, `${tn(a.mentions, "mentions")} · ${tn(a.events, "events")} · ${tn(a.quotes, "quotes")}`))));
    };
    const state = { q: "", type: "" };
    const bar = h("div", { class: "filters" },
      h("input", { type: "search", placeholder: t("actor"), "aria-label": t("actor"),
        oninput: (e) => { state.q = e.target.value; draw(state.q, state.type); } }),
      select(t("type"), [["", t("all")], ...["PER", "ORG", "LOC", "MISC"].map((x) => [x, t(x)])], "",
        (v) => { state.type = v; draw(state.q, state.type); }));
    setView("actors", h("div", { class: "page" }, h("h1", {}, t("actors"), h("small", {}, ` ${list.length}`)), bar, grid));
    draw("", "");
  }

  async function viewActor(id) {
    const a = await api(`entities/${enc(id)}`);
    if (!a) { setView("actor", h("p", { class: "empty" }, t("not_found"))); return; }
    const none = () => h("p", { class: "muted" }, "–");
    const forms = (list) => (list.length ? h("div", { class: "chips" }, list.map((r) => chip(`${r.text} ×${r.count}`))) : none());
    const docs = h("ul", { class: "docs" }, a.documents.map((d) => h("li", {},
      h("a", { href: docHref(d.id) }, d.title || d.id),
      h("span", { class: "muted" }, ` ${d.outlet || ""} ${d.published ? d.published.slice(0, 10) : ""}`))));
    const left = h("div", {},
      section(`${t("quotes")} (${a.quotes.length})`, a.quotes.length ? a.quotes.map(quoteCard) : none()),
      section(`${t("events")} (${a.events.length})`, a.events.length ? h("ul", { class: "events" }, a.events.map(eventLine)) : none()),
      a.claims.length ? section(`${t("claims")} (${a.claims.length})`, a.claims.map((c) => h("div", { class: "claim" },
        h("strong", {}, c.label),
        evidence(c.document, { before: "", match: c.text, after: "" }, c.start, c.end, docMeta(c))))) : null);
    const right = h("div", {},
      section(t("roles"), forms(a.roles)),
      section(t("aliases"), h("div", { class: "chips" }, a.aliases.map((x) => chip(x))), forms(a.forms)),
      a.represented_by.length ? section(t("stands_for"), h("div", {}, actorList(a.represented_by))) : null,
      section(t("relations"), a.relations.length ? relationTable(a.relations) : none()),
      section(`${t("documents")} (${a.documents.length})`, docs));
    const head = h("header", { class: "actor-head" }, h("h1", {}, a.name), chip(t(a.type), `t-${a.type}`), h("code", {}, a.id),
      a.stands_for ? h("span", { class: "muted" }, ` ${t("stands_for")} `, actorLink(a.stands_for)) : null,
      a.events.length ? h("a", { href: `#/timeline?actor=${enc(a.id)}` }, `→ ${t("timeline")}`) : null,
      a.quotes.length ? h("a", { href: `#/quotes?speaker=${enc(a.id)}` }, `→ ${t("quotes")}`) : null);
    setView("actor", h("div", { class: "page" }, head, h("div", { class: "cols" }, left, right)));
  }

  function quoteCard(q) {
    return h("figure", { class: "quote" },
      // Indirect speech is the reporter's paraphrase: no quotation marks around it.
      h("blockquote", { class: `k-${q.kind}` }, (q.kind === "indirect" || q.kind === "reported") ? q.text : `„${q.text}“`),
      h("figcaption", {}, q.speaker ? actorLink({ id: q.speaker, name: q.speaker_name, type: "PER" }) : (q.speaker_name || t("unknown_speaker")),
        q.cue ? h("span", { class: "muted" }, ` (${q.cue}, ${t(q.kind)})`) : null),
      evidence(q.document, q.excerpt, q.start, q.end, docMeta(q)));
  }

  function eventLine(e) {
    const m = e.mentions[0];
    return h("li", {}, h("span", { class: "date" }, formatDate(e.date)),
      h("a", { href: `#/timeline?event=${enc(e.id)}` }, chip(typeLabel(e.type), `q-${e.quad}`)),
      actorList(e.source_actors), " → ", actorList(e.target_actors),
      m ? h("div", {}, evidence(m.document, { before: "", match: m.sentence, after: "" }, m.start, m.end, docMeta(m))) : null);
  }

  // -- quotations --------------------------------------------------------------------------
  async function viewQuotes(params) {
    const speaker = params.get("speaker") || "";
    const list = (await api("quotes", { speaker })) || [];
    const speakers = META.speakers.map((a) => [a.id, `${a.name} (${a.quotes})`]);
    const bar = h("div", { class: "filters" }, h("label", {}, t("speaker"),
      select(t("speaker"), [["", t("all")], ...speakers], speaker,
        (v) => { location.hash = v ? `#/quotes?speaker=${enc(v)}` : "#/quotes"; })));
    setView("quotes", h("div", { class: "page" }, h("h1", {}, t("quotes"), h("small", {}, ` ${list.length}`)), bar,
      h("div", { class: "card" }, list.length ? list.map(quoteCard) : h("p", { class: "empty" }, t("no_results")))));
  }

  // -- documents ---------------------------------------------------------------------------
  async function viewDocuments() {
    const list = await api("documents");
    setView("documents", h("div", { class: "page" }, h("h1", {}, t("documents"), h("small", {}, ` ${list.length}`)),
      h("ul", { class: "doclist" }, list.map((d) => h("li", {},
        h("a", { href: docHref(d.id) }, h("strong", {}, d.title || d.source)),
        h("div", { class: "muted" }, [d.outlet, d.published ? d.published.slice(0, 10) : null, d.authors.join(", ")].filter(Boolean).join(" · ")),
        h("div", { class: "counts" }, `${tn(d.events, "events")} · ${tn(d.quotes, "quotes")} · ${tn(d.claims, "claims")} · ${tn(d.mentions, "mentions")}`))))));
  }

  async function viewDocument(id, params) {
    const start = params.get("start"), end = params.get("end");
    const d = await api(`documents/${enc(id)}`, { start, end });
    if (!d) { setView("document", h("p", { class: "empty" }, t("not_found"))); return; }
    const panel = h("aside", { class: "panel", id: "ann-panel" });
    const body = h("div", { class: "body", lang: d.language });
    const marksOf = new WeakMap();
    const firstSpan = new Map(); // annotation index -> the first element it covers
    let firstFocus = null;
    for (const s of d.segments) {
      if (!s.marks.length && !s.focus) { body.appendChild(document.createTextNode(s.text)); continue; }
      const cls = new Set(s.marks.map((i) => "m-" + d.annotations[i].kind));
      for (const i of s.marks) if (d.annotations[i].kind === "mention") cls.add("l-" + d.annotations[i].label);
      if (s.focus) cls.add("focus");
      const span = h("span", { class: [...cls].join(" ") }, s.text);
      marksOf.set(span, s.marks);
      for (const i of s.marks) if (!firstSpan.has(i)) firstSpan.set(i, span);
      if (s.focus && !firstFocus) firstFocus = span;
      body.appendChild(span);
    }
    const cards = (indices) => panel.replaceChildren(
      h("a", { href: "#", class: "small", onclick: (ev) => { ev.preventDefault(); overview(); } }, `← ${t("all")}`),
      ...indices.map((i) => annotationCard(d.annotations[i])));
    const pick = (span) => {
      for (const x of body.querySelectorAll(".picked")) x.classList.remove("picked");
      span.classList.add("picked");
      cards(marksOf.get(span));
    };
    body.addEventListener("click", (ev) => {
      const span = ev.target.closest("span");
      if (span && marksOf.has(span)) pick(span);
    });
    // Without a selection the panel lists the document's events, quotations and claims.
    const overview = () => {
      const entry = (i, label, text) => h("li", {}, h("a", { href: "#", onclick: (ev) => {
        ev.preventDefault();
        firstSpan.get(i).scrollIntoView({ block: "center" });
        pick(firstSpan.get(i));
      } }, label, " ", h("span", { class: "muted" }, text)));
      const groups = [["event", t("events")], ["quote", t("quotes")], ["claim", t("claims")]].map(([kind, title]) => {
        const items = d.annotations.map((a, i) => [a, i]).filter(([a, i]) => a.kind === kind && firstSpan.has(i));
        if (!items.length) return null;
        return h("section", {}, h("h3", {}, `${title} (${items.length})`), h("ul", { class: "outline" }, items.map(([a, i]) =>
          kind === "event" ? entry(i, chip(typeLabel(a.type), `q-${a.quad}`), `${names(a.source_actors)} → ${names(a.target_actors)}${eventNotes(a)}`)
            : kind === "quote" ? entry(i, h("b", {}, a.speaker ? a.speaker.name : (a.speaker_name || t("unknown_speaker"))), `„${clip(a.text, 70)}“`)
              : entry(i, h("b", {}, a.label), ""))));
      });
      panel.replaceChildren(h("p", { class: "hint" }, t("click_mark")), ...groups);
    };
    overview();
    const counts = {};
    for (const a of d.annotations) counts[a.kind] = (counts[a.kind] || 0) + 1;
    const toggles = h("div", { class: "toggles" }, KINDS.map((k) => h("label", { class: `tog m-${k}` },
      h("input", { type: "checkbox", checked: true, onchange: (e) => body.classList.toggle("hide-" + k, !e.target.checked) }),
      h("span", {}, `${t(KIND_LABEL[k])} (${counts[k] || 0})`))));
    setView("document", h("div", { class: "split" }, h("article", { class: "main doc" },
      h("h1", {}, d.title || d.source),
      h("p", { class: "muted" }, [d.outlet, d.published, d.authors.join(", ")].filter(Boolean).join(" · ")),
      h("p", { class: "muted small" }, `${t("source")}: `, d.url ? h("span", {}, d.url) : d.source, " · ", h("code", {}, d.id)),
      toggles, body), panel));
    if (firstFocus) {
      // Opened from a link: show the item the link points at.
      const hit = d.annotations.map((a, i) => i).filter((i) =>
        d.annotations[i].start === d.focus.start && d.annotations[i].end === d.focus.end);
      if (hit.length) cards(hit);
      firstFocus.scrollIntoView({ block: "center" });
      firstFocus.classList.add("flash");
    }
  }

  function annotationCard(a) {
    const rows = [];
    let title = t(a.kind);
    if (a.kind === "mention") {
      title = `${t("mention")} · ${t(a.label)}`;
      rows.push([t("entity"), a.entity ? actorLink(a.entity) : "–"], [t("mention_kind"), t("kind_" + a.mention_kind)]);
    } else if (a.kind === "timex") {
      title = t("timex");
      rows.push([t("value"), a.value], [t("date"), a.date ? formatDate(a.date) : "–"]);
    } else if (a.kind === "quote") {
      title = `${t("quote")} · ${t(a.quote_kind)}`;
      rows.push([t("speaker"), a.speaker ? actorLink(a.speaker) : (a.speaker_name || t("unknown_speaker"))], [t("cue"), a.cue || "–"]);
    } else if (a.kind === "event") {
      return h("div", { class: "ann m-event" }, eventCard({ ...a, mentions: [] }, false),
        a.event ? h("a", { href: `#/timeline?event=${enc(a.event)}`, class: "small" }, `→ ${t("timeline")}`)
          : h("p", { class: "muted small" }, t("off_timeline")));
    } else if (a.kind === "claim") {
      title = t("claim");
      rows.push([t("value"), a.figure], [t("unit"), a.unit_label || "–"],
        [t("outcome"), a.outcome ? t("outcome_" + a.outcome) : "–"],
        [t("holder"), a.holder ? actorLink(a.holder) : "–"]);
    }
    return h("div", { class: `ann m-${a.kind}` }, h("h3", {}, title),
      h("dl", {}, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])));
  }

  // -- search ------------------------------------------------------------------------------
  async function viewSearch(params) {
    const q = params.get("q") || "";
    document.getElementById("search-input").value = q;
    const r = q ? await api("search", { q }) : { hits: [], actors: [] };
    const hits = r.hits.map((x) => h("li", { class: `hit k-${x.kind}` },
      chip(t(x.kind)),
      h("a", { href: docHref(x.document, x.start, x.end) }, h("span", { class: "snippet" },
        x.snippet.map((p) => (p.hit ? h("mark", {}, p.text) : p.text)))),
      h("div", { class: "muted small" }, docMeta(x))));
    setView("search", h("div", { class: "page" }, h("h1", {}, `${t("search")}: `, h("q", {}, q)),
      r.actors.length ? h("div", { class: "chips" }, r.actors.map((a) => actorLink(a))) : null,
      hits.length ? h("ol", { class: "hits" }, hits) : h("p", { class: "empty" }, t("no_results"))));
  }

  // -- routing -----------------------------------------------------------------------------
  async function route() {
    const raw = location.hash.replace(/^#\/?/, "") || "timeline";
    const [path, query] = raw.split("?");
    const params = new URLSearchParams(query || "");
    const [name, ...rest] = path.split("/");
    const id = rest.length ? decodeURIComponent(rest.join("/")) : null;
    try {
      if (name === "network") await viewNetwork();
      else if (name === "actors") await viewActors();
      else if (name === "actor" && id) await viewActor(id);
      else if (name === "documents") await viewDocuments();
      else if (name === "quotes") await viewQuotes(params);
      else if (name === "doc" && id) await viewDocument(id, params);
      else if (name === "search") await viewSearch(params);
      else await viewTimeline(params);
    } catch (err) {
      setView("error", h("p", { class: "warn" }, String(err)));
    }
    document.body.dataset.ready = name;
  }

  async function start() {
    META = await api("meta");
    L = META.labels;
    document.documentElement.lang = META.language;
    document.title = t("app_title");
    document.getElementById("brand").textContent = t("app_title");
    const nav = document.getElementById("nav");
    for (const [view, key] of [["timeline", "timeline"], ["network", "network"], ["actors", "actors"], ["quotes", "quotes"],
      ["documents", "documents"]]) {
      nav.appendChild(h("a", { href: `#/${view}`, "data-view": view }, t(key)));
    }
    const input = document.getElementById("search-input");
    input.placeholder = t("search_placeholder");
    document.getElementById("search-form").addEventListener("submit", (e) => {
      e.preventDefault();
      location.hash = `#/search?q=${enc(input.value)}`;
    });
    const c = META.counts;
    document.getElementById("foot").textContent = `${tn(c.documents, "documents")} · ${tn(c.entities, "actors")} · ${tn(c.events, "events")} · ${tn(c.quotes, "quotes")} · ${tn(c.claims, "claims")}`;
    window.addEventListener("hashchange", route);
    await route();
  }

  start();
})();
