// The document view: the original text with quotes highlighted by speaker, a details panel, the
// sourcing chain, the provenance graph, figures, hedges, entities and dates.

import { api, editToken, exportLinks, post } from "./api.js";
import { colourStyle, speakerColours, speakerKey } from "./colors.js";
import { errorBox, h, problem, replace, safeHref, setTitle, speakerHref } from "./dom.js";
import { chainTo, drawGraph, graphFrom, KIND_COLOURS } from "./graph.js";
import { codeUnitTable, segment, toUnits } from "./text.js";

const MEANING = {
  reportedly: "reportedly",
  probably: "probably",
  allegedly: "allegedly",
  uncertain: "uncertain",
  unverified: "unverified",
  possibly: "possibly",
};

export async function documentPage(root, id) {
  replace(root, h("p", { class: "muted" }, "Loading document…"));
  let reading;
  try {
    reading = await api(`/api/documents/${encodeURIComponent(id)}`);
  } catch (e) {
    setTitle("not found");
    replace(root, e.status === 404 ? errorBox(`No document with id “${id}”.`) : problem(e, "the document"));
    return;
  }
  let provenance = null;
  try {
    provenance = await api(`/api/documents/${encodeURIComponent(id)}/provenance`);
  } catch (_) {
    provenance = null; // fall back to the Reading's own edges
  }
  const downloads = await exportLinks(`/api/documents/${encodeURIComponent(id)}/export`, (href, f) =>
    h("a", { href, class: "export-link", download: "", title: f.description, dataset: { format: f.name } }, f.name));
  new DocumentView(reading, provenance, downloads).render(root);
}

class DocumentView {
  constructor(reading, provenance, downloads = []) {
    this.reading = reading;
    this.downloads = downloads;
    this.doc = reading.document;
    this.quotes = [...(reading.quotes || [])].sort((a, b) => a.span.start - b.span.start);
    this.speakers = speakerColours(this.quotes);
    this.graph = graphFrom(provenance, reading);
    this.cu = codeUnitTable(this.doc.text || "");
    this.byId = {
      quote: new Map(this.quotes.map((q) => [q.id, q])),
      hedge: new Map((reading.hedges || []).map((x) => [x.id, x])),
      figure: new Map((reading.figures || []).map((x) => [x.id, x])),
      attribution: new Map((reading.attributions || []).map((x) => [x.id, x])),
    };
    this.pinned = null;
    this.focused = null;
  }

  colourOf(ref) {
    const s = this.speakers.get(speakerKey(ref));
    return s ? s.colour : null;
  }

  units(span) {
    return toUnits(this.cu, span);
  }

  textOf(span) {
    const u = this.units(span);
    return this.doc.text.slice(u.start, u.end);
  }

  render(root) {
    const d = this.doc;
    const title = d.title || firstHeading(d) || d.origin || "Untitled document";
    setTitle(title);
    this.article = h("article", { class: "article card", lang: d.language || null });
    this.details = h("section", { class: "details card", "aria-live": "polite" });
    this.showHint();
    replace(
      root,
      h("div", { class: "doc-head" },
        h("h1", {}, title),
        h("div", { class: "doc-meta" },
          d.source ? h("span", {}, "Outlet: ", h("strong", {}, d.source)) : null,
          d.published ? h("span", {}, "Published: ", d.published) : null,
          d.author ? h("span", {}, "By ", d.author) : null,
          h("span", {}, "Language: ", d.language || "?"),
          d.url && safeHref(d.url) !== "#" ? h("a", { href: d.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original") : null,
          d.origin && d.origin !== d.url ? h("span", { class: "mono" }, d.origin) : null,
          telegramLink(d.meta || {}),
          mediaMarker(d.meta || {}),
          h("span", {}, `${this.quotes.length} quotes · ${(this.reading.attributions || []).length} attributions`),
        ),
        (d.meta && d.meta.origins && d.meta.origins.length > 1)
          ? h("div", { class: "doc-meta doc-origins" }, "Also read from: ",
            d.meta.origins.filter((o) => o.origin !== d.origin).map((o) => h("span", { class: "mono" }, o.origin)))
          : null,
        this.downloads.length ? h("div", { class: "doc-meta doc-exports" }, "Export: ", this.downloads) : null,
      ),
      h("div", { class: "doc-grid" },
        this.article,
        h("aside", { class: "side" }, this.legend(), this.details),
      ),
      h("div", { class: "sections" },
        this.sourcingSection(),
        this.graphSection(),
        this.figuresSection(),
        this.hedgesSection(),
        this.entitiesSection(),
      ),
    );
    this.renderText();
    this.drawGraph();
    window.__sourcetrace = { reading: this.reading, graph: this.graph, cy: this.cy };
    this.openFromHash();
  }

  // --- the text -------------------------------------------------------------------------------

  marks() {
    const out = [];
    const add = (span, kind, ref, extra = {}) => {
      if (!span) return;
      const u = this.units(span);
      if (u.end > u.start) out.push({ ...u, kind, ref, ...extra });
    };
    for (const q of this.quotes) {
      add(q.span, "quote", q);
      if (q.cue) add(q.cue.span, "cue", q);
      if (q.speaker_span) add(q.speaker_span, "cue", q);
    }
    for (const x of this.reading.hedges || []) add(x.span, "hedge", x);
    for (const x of this.reading.figures || []) add(x.span, "figure", x);
    for (const x of this.reading.attributions || []) if (x.evidence) add(x.evidence.span, "attribution", x);
    return out;
  }

  blocks() {
    const text = this.doc.text || "";
    const total = this.cu.length - 1;
    const paras = [...(this.doc.paragraphs || [])].sort((a, b) => a.span.start - b.span.start);
    const blocks = [];
    let pos = 0;
    const gap = (from, to) => {
      if (to <= from) return;
      const u = this.units({ start: from, end: to });
      if (text.slice(u.start, u.end).trim()) blocks.push({ start: from, end: to, role: "body" });
    };
    for (const p of paras) {
      const start = Math.max(p.span.start, pos);
      const end = Math.min(p.span.end, total);
      if (end <= start) continue;
      gap(pos, start);
      blocks.push({ start, end, role: p.role || "body" });
      pos = end;
    }
    gap(pos, total);
    return blocks;
  }

  renderText() {
    const text = this.doc.text || "";
    const marks = this.marks();
    this.pieces = [];
    for (const b of this.blocks()) {
      const u = this.units(b);
      const p = h("p", { class: `role-${b.role}` });
      for (const seg of segment(u.start, u.end, marks)) {
        const node = this.segmentNode(text.slice(seg.start, seg.end), seg.marks);
        this.pieces.push({ start: seg.start, end: seg.end, node, p });
        p.append(node);
      }
      this.article.append(p);
    }
    if (!this.article.childNodes.length) this.article.append(h("p", { class: "empty" }, "This document has no text."));
    const pick = (evt) => this.targetOf(evt.target);
    this.article.addEventListener("click", (evt) => {
      const t = pick(evt);
      if (t) this.select(t, true);
    });
    this.article.addEventListener("keydown", (evt) => {
      if (evt.key !== "Enter" && evt.key !== " ") return;
      const t = pick(evt);
      if (t) {
        evt.preventDefault();
        this.select(t, true);
      }
    });
    document.addEventListener("keydown", (evt) => {
      if (evt.key === "Escape" && this.pinned) this.unpin();
    });
    this.article.addEventListener("mouseover", (evt) => {
      const t = pick(evt);
      if (t && !this.pinned) this.select(t, false);
    });
  }

  segmentNode(text, marks) {
    if (!marks.length) return document.createTextNode(text);
    const quotes = marks.filter((m) => m.kind === "quote").sort((a, b) => a.end - a.start - (b.end - b.start));
    const quote = quotes.length ? quotes[0].ref : null;
    const has = (kind) => marks.find((m) => m.kind === kind);
    let el;
    if (quote) {
      const s = this.speakers.get(speakerKey(quote.speaker));
      el = h("mark", {
        class: quote.kind === "indirect" ? "q indirect" : "q",
        tabindex: "0",
        role: "button",
        title: quoteTooltip(quote),
        style: colourStyle(s && s.colour),
        dataset: { quoteId: quote.id, speaker: quote.speaker ? quote.speaker.name : "", speakerIndex: String(s ? s.index : 0) },
      });
    } else {
      el = h("span");
    }
    const cue = has("cue");
    if (cue) {
      el.classList.add("cue");
      el.dataset.cueFor = cue.ref.id;
      if (!quote) {
        for (const [k, v] of Object.entries(colourStyle(this.colourOf(cue.ref.speaker)))) el.style.setProperty(k, v);
        el.title = quoteTooltip(cue.ref);
      }
    }
    const hedge = has("hedge");
    if (hedge) {
      el.classList.add("hedge");
      el.dataset.hedgeId = hedge.ref.id;
      if (!quote && !cue) el.title = `hedge: ${hedge.ref.cue} (${hedge.ref.meaning})`;
    }
    const figure = has("figure");
    if (figure) {
      el.classList.add("fig");
      el.dataset.figureId = figure.ref.id;
    }
    const attribution = has("attribution");
    if (attribution) {
      el.classList.add("src-ev");
      el.dataset.attributionId = attribution.ref.id;
      if (!quote && !cue && !hedge) el.title = `${attribution.ref.source.name}: ${attribution.ref.relation}`;
    }
    el.textContent = text;
    return el;
  }

  targetOf(node) {
    const el = node instanceof Element ? node : node.parentElement;
    if (!el || !this.article.contains(el)) return null;
    const hit = el.closest("[data-quote-id],[data-cue-for],[data-figure-id],[data-hedge-id],[data-attribution-id]");
    if (!hit) return null;
    const ds = hit.dataset;
    if (ds.quoteId) return { kind: "quote", id: ds.quoteId };
    if (ds.cueFor) return { kind: "quote", id: ds.cueFor };
    if (ds.figureId) return { kind: "figure", id: ds.figureId };
    if (ds.hedgeId) return { kind: "hedge", id: ds.hedgeId };
    return { kind: "attribution", id: ds.attributionId };
  }

  // --- selection and the details panel ---------------------------------------------------------

  select(target, pin) {
    const item = this.byId[target.kind] && this.byId[target.kind].get(target.id);
    if (!item) return;
    if (pin) this.pinned = target;
    for (const el of this.article.querySelectorAll(".sel")) el.classList.remove("sel");
    if (target.kind === "quote") {
      for (const el of this.article.querySelectorAll("mark.q")) {
        if (el.dataset.quoteId === target.id) el.classList.add("sel");
      }
    }
    const render = {
      quote: () => this.quoteDetails(item),
      hedge: () => this.hedgeDetails(item),
      figure: () => this.figureDetails(item),
      attribution: () => this.attributionDetails(item),
    }[target.kind];
    replace(this.details, render(), pin ? h("button", { type: "button", class: "small", onclick: () => this.unpin() }, "Close") : null);
    // in one column the panel sits below the text: bring it into view
    if (pin && window.matchMedia("(max-width: 980px)").matches) this.details.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  unpin() {
    this.pinned = null;
    for (const el of this.article.querySelectorAll(".sel")) el.classList.remove("sel");
    this.showHint();
  }

  showHint() {
    replace(
      this.details,
      h("h2", {}, "Details"),
      h("p", { class: "muted small" }, "Hover or click a highlighted quote for its speaker, cue, medium, hedges and sourcing. Underlined words are cues; wavy lines are hedges; dashed boxes are figures; dotted lines are sourcing statements."),
    );
  }

  quoteDetails(q) {
    const s = this.speakers.get(speakerKey(q.speaker));
    const speaker = q.speaker;
    const known = speaker && (this.reading.speakers || []).find((x) => x.id === speaker.id || x.name === speaker.name);
    const hedges = this.hedgesOf(q);
    const chain = chainTo(this.graph, speaker, q.medium);
    const attributions = this.sourcingNear(q);
    return h("div", { class: "quote-details", style: colourStyle(s && s.colour), dataset: { quoteId: q.id } },
      h("h2", {}, q.kind === "indirect" ? "Indirect quote" : "Direct quote"),
      h("blockquote", {}, q.text),
      h("dl", {},
        h("dt", {}, "Speaker"),
        h("dd", { class: "d-speaker" },
          speaker ? h("a", { href: speakerHref(speaker.name) }, speaker.name) : "unknown",
          " ", speaker ? h("span", { class: "badge" }, speaker.kind) : null,
          known && known.title ? h("div", { class: "small muted" }, known.title) : null),
        h("dt", {}, "Cue"),
        h("dd", { class: "d-cue" }, q.cue ? q.cue.text : "—"),
        h("dt", {}, "Medium"),
        h("dd", { class: "d-medium" }, q.medium || "—"),
        q.addressee ? [h("dt", {}, "Addressed to"), h("dd", {}, q.addressee)] : null,
        q.recipient ? [h("dt", {}, "Told to"), h("dd", {}, q.recipient)] : null,
        h("dt", {}, "Hedges"),
        h("dd", { class: "d-hedges" }, hedges.length
          ? hedges.map((x) => h("div", {}, h("span", { class: "badge hedge-b" }, x.cue), " ", MEANING[x.meaning] || x.meaning))
          : "none"),
        h("dt", {}, "Sourcing"),
        h("dd", { class: "d-sourcing" },
          chain.length > 1
            ? h("ol", { class: "chain" }, chain.map((step) => h("li", {},
              step.relation ? h("span", { class: `badge rel-${step.relation}` }, step.relation) : null,
              step.relation ? " " : null,
              step.node.label || step.node.id,
              h("span", { class: "small muted" }, ` (${step.node.kind})`))))
            : h("span", { class: "muted" }, "no chain recorded"),
          attributions.map((a) => h("div", { class: "small near" },
            h("strong", {}, a.source.name), " ", h("span", { class: `badge rel-${a.relation}` }, a.relation),
            a.object ? [" ", a.object.text] : null,
            h("div", { class: "muted" }, "“", a.evidence.text, "”")))),
      ),
      s && s.quotes.length > 1 ? h("p", { class: "small" },
        h("a", { href: "#", onclick: (e) => { e.preventDefault(); this.focus(s.key); } }, `Show all ${s.quotes.length} quotes by ${s.name} here`),
        speaker ? [" · ", h("a", { href: speakerHref(speaker.name) }, "in all documents")] : null) : null,
      this.correctionForm(q),
    );
  }

  /** Fix the speaker by hand (needs the server's --token): set this quote's speaker, or
   * rename/merge its speaker in this document. Kept apart from the machine reading and applied
   * again after re-analysis. */
  correctionForm(q) {
    const names = (this.reading.speakers || []).map((x) => x.name);
    const listId = `speakers-${q.id}`;
    const to = h("input", { name: "to", list: listId, required: true, placeholder: "right speaker", value: q.speaker ? q.speaker.name : "" });
    const secret = h("input", { name: "token", type: "password", placeholder: "editor token", value: editToken(), autocomplete: "off" });
    const status = h("p", { class: "small muted correction-status", "aria-live": "polite" });
    const send = async (body) => {
      status.textContent = "Saving…";
      try {
        await post("/api/corrections", { ...body, document_id: this.doc.id, to: to.value.trim() }, secret.value.trim());
        status.textContent = "Saved.";
        location.reload();
      } catch (e) {
        status.textContent = `Not saved: ${e.message}`;
      }
    };
    return h("details", { class: "correct" },
      h("summary", { class: "small" }, "Correct the speaker"),
      h("form", { class: "correction", onsubmit: (e) => { e.preventDefault(); send({ kind: "set-speaker", quote_id: q.id }); } },
        h("datalist", { id: listId }, names.map((n) => h("option", { value: n }))),
        to, secret,
        h("button", { type: "submit", class: "set-speaker" }, "Set as this quote's speaker"),
        q.speaker ? h("button", {
          type: "button", class: "rename-speaker",
          onclick: () => send({ kind: "rename", names: [q.speaker.name] }),
        }, `Rename “${q.speaker.name}” in this document`) : null),
      status);
  }

  /** Attributions by this quote's speaker, or stated in a paragraph holding the quote, its cue
   * or its speaker's mention (e.g. "som The Guardian har verifisert" next to "sier Gorin"). */
  sourcingNear(q) {
    const name = q.speaker ? q.speaker.name : null;
    const spans = [q.span, q.cue && q.cue.span, q.speaker_span].filter(Boolean);
    const paras = (this.doc.paragraphs || []).filter((p) => spans.some((s) => s.start < p.span.end && p.span.start < s.end));
    return (this.reading.attributions || []).filter((a) => (name && a.source && a.source.name === name)
      || paras.some((p) => a.evidence.span.start < p.span.end && p.span.start < a.evidence.span.end));
  }

  hedgesOf(q) {
    const ids = new Set(q.hedges || []);
    return (this.reading.hedges || []).filter(
      (x) => ids.has(x.id) || (x.span.start >= q.span.start && x.span.end <= q.span.end),
    );
  }

  hedgeDetails(x) {
    return h("div", {},
      h("h2", {}, "Hedge"),
      h("dl", {},
        h("dt", {}, "Cue"), h("dd", {}, h("span", { class: "badge hedge-b" }, x.cue)),
        h("dt", {}, "Meaning"), h("dd", {}, MEANING[x.meaning] || x.meaning),
        h("dt", {}, "Scope"), h("dd", {}, x.scope ? x.scope.text : "—")));
  }

  figureDetails(f) {
    return h("div", {},
      h("h2", {}, "Figure"),
      h("dl", {},
        h("dt", {}, "Text"), h("dd", {}, f.text),
        h("dt", {}, "Value"), h("dd", {}, figureValue(f)),
        h("dt", {}, "Unit"), h("dd", {}, f.unit || "—"),
        h("dt", {}, "Counts"), h("dd", {}, f.counts || "—"),
        h("dt", {}, "Claimed by"), h("dd", {}, f.claimant ? h("a", { href: speakerHref(f.claimant.name) }, f.claimant.name) : "—")));
  }

  attributionDetails(a) {
    return h("div", {},
      h("h2", {}, "Sourcing"),
      h("dl", {},
        h("dt", {}, "Source"), h("dd", {}, h("a", { href: speakerHref(a.source.name) }, a.source.name), " ", h("span", { class: "badge" }, a.source.kind)),
        h("dt", {}, "Relation"), h("dd", {}, h("span", { class: `badge rel-${a.relation}` }, a.relation)),
        a.object ? [h("dt", {}, "About"), h("dd", {}, a.object.text)] : null,
        a.recipient ? [h("dt", {}, "Told to"), h("dd", {}, a.recipient)] : null,
        a.medium ? [h("dt", {}, "Medium"), h("dd", {}, a.medium)] : null,
        a.date ? [h("dt", {}, "When"), h("dd", {}, a.date)] : null,
        h("dt", {}, "Evidence"), h("dd", {}, a.evidence.text)));
  }

  focus(key) {
    const on = this.focused !== key;
    this.focused = on ? key : null;
    this.article.classList.toggle("focus", on);
    for (const el of this.article.querySelectorAll("mark.q")) {
      const q = this.byId.quote.get(el.dataset.quoteId);
      el.classList.toggle("focus", on && q && speakerKey(q.speaker) === key);
    }
    for (const li of this.legendList.children) li.classList.toggle("on", on && li.dataset.key === key);
    if (on) {
      const first = this.article.querySelector("mark.q.focus");
      if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }

  scrollToSpan(span, target) {
    const u = this.units(span);
    const piece = this.pieces.find((x) => x.end > u.start && x.start < u.end);
    if (piece) {
      const el = piece.node instanceof Element ? piece.node : piece.p;
      el.scrollIntoView({ block: "center", behavior: "smooth" });
      el.classList.remove("flash");
      void el.offsetWidth; // restart the animation
      el.classList.add("flash");
    }
    if (target) this.select(target, true);
  }

  /** ``#quote-ID`` or ``#attribution-ID`` in the address opens that record. */
  openFromHash() {
    const m = /^#(quote|attribution)-(.+)$/.exec(location.hash);
    if (!m) return;
    const id = decodeURIComponent(m[2]);
    const item = this.byId[m[1]].get(id);
    if (item) this.scrollToSpan(m[1] === "quote" ? item.span : item.evidence.span, { kind: m[1], id });
  }

  // --- side and lower sections -----------------------------------------------------------------

  legend() {
    this.legendList = h("ul", { class: "legend" });
    for (const s of this.speakers.values()) {
      this.legendList.append(h("li", {
        dataset: { key: s.key, speaker: s.name },
        style: colourStyle(s.colour),
        title: `Show only ${s.name}'s quotes`,
        tabindex: "0",
        role: "button",
        onclick: () => this.focus(s.key),
        onkeydown: (e) => {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            this.focus(s.key);
          }
        },
      }, h("span", { class: "swatch" }), h("span", {}, s.name, " ", h("span", { class: "small muted" }, s.kind)), h("span", { class: "count" }, String(s.quotes.length))));
    }
    return h("section", { class: "card" },
      h("h2", {}, "Speakers"),
      this.speakers.size ? this.legendList : h("p", { class: "empty" }, "No quotes found in this document."));
  }

  sourcingSection() {
    const items = [...(this.reading.attributions || [])].sort((a, b) => a.evidence.span.start - b.evidence.span.start);
    return h("section", { class: "card wide", id: "sourcing" },
      h("h2", {}, "Sourcing chain"),
      items.length
        ? h("ol", { class: "attributions" }, items.map((a) => h("li", { dataset: { attributionId: a.id } },
          h("strong", {}, a.source.name), " ", h("span", { class: "badge" }, a.source.kind), " ",
          h("span", { class: `badge rel-${a.relation}` }, a.relation),
          a.object ? [" ", a.object.text] : null,
          a.recipient ? h("span", { class: "muted" }, ` → to ${a.recipient}`) : null,
          a.medium ? h("span", { class: "muted" }, ` · via ${a.medium}`) : null,
          a.date ? h("span", { class: "muted" }, ` · ${a.date}`) : null,
          h("div", {
            class: "evidence", title: "Show in the text",
            onclick: () => this.scrollToSpan(a.evidence.span, { kind: "attribution", id: a.id }),
          }, "“", a.evidence.text, "”"))))
        : h("p", { class: "empty" }, "No sourcing statements found."));
  }

  graphSection() {
    this.graphBox = h("div", { id: "graph", role: "img", "aria-label": "Provenance graph" });
    const keys = h("div", { class: "graph-keys" }, Object.entries(KIND_COLOURS).map(([k, c]) => h("span", { style: { "--k": c } }, k)));
    return h("section", { class: "card wide" },
      h("h2", {}, "Provenance"),
      h("p", { class: "small muted" }, "From this document through outlets and media to the primary sources. Click a speaker to show their quotes."),
      this.graph.edges.length ? [this.graphBox, keys] : h("p", { class: "empty" }, "No provenance recorded."));
  }

  drawGraph() {
    if (!this.graph.edges.length) return;
    try {
      this.cy = this.drawGraphNow();
    } catch (e) {
      // the text and the lists matter more than the picture: never let the graph break the page
      this.graphBox.textContent = `The graph could not be drawn: ${e.message}`;
      console.error(e);
    }
  }

  drawGraphNow() {
    return drawGraph(this.graphBox, this.graph, {
      speakerColour: (n) => {
        for (const s of this.speakers.values()) if (s.name === n.label || s.key === n.id) return s.colour.fg;
        return null;
      },
      onSpeaker: (d) => {
        for (const s of this.speakers.values()) if (s.name === d.label || s.key === d.id) return this.focus(s.key);
        return undefined;
      },
    });
  }

  figuresSection() {
    const figs = [...(this.reading.figures || [])].sort((a, b) => a.span.start - b.span.start);
    return h("section", { class: "card", id: "figures" },
      h("h2", {}, "Figures"),
      figs.length
        ? h("table", { class: "list" },
          h("thead", {}, h("tr", {}, h("th", {}, "Figure"), h("th", {}, "Counts"), h("th", {}, "Claimed by"))),
          h("tbody", {}, figs.map((f) => h("tr", {},
            h("td", {}, h("a", { href: "#", onclick: (e) => { e.preventDefault(); this.scrollToSpan(f.span, { kind: "figure", id: f.id }); } }, figureValue(f)), f.unit ? ` ${f.unit}` : ""),
            h("td", {}, f.counts || "—"),
            h("td", {}, f.claimant ? f.claimant.name : "—")))))
        : h("p", { class: "empty" }, "No figures found."));
  }

  hedgesSection() {
    const hedges = [...(this.reading.hedges || [])].sort((a, b) => a.span.start - b.span.start);
    return h("section", { class: "card", id: "hedges" },
      h("h2", {}, "Hedges"),
      hedges.length
        ? h("ul", { class: "results" }, hedges.map((x) => h("li", {},
          h("span", { class: "badge hedge-b" }, x.cue), " ", h("span", { class: "muted small" }, MEANING[x.meaning] || x.meaning),
          h("div", {
            class: "evidence", title: "Show in the text",
            onclick: () => this.scrollToSpan(x.span, { kind: "hedge", id: x.id }),
          }, x.scope ? x.scope.text : this.textOf(x.span)))))
        : h("p", { class: "empty" }, "No hedges found."));
  }

  entitiesSection() {
    const ents = this.reading.entities || [];
    const dates = this.reading.dates || [];
    return h("section", { class: "card wide", id: "entities" },
      h("h2", {}, "Entities and dates"),
      ents.length
        ? h("div", { class: "chips" }, ents.map((e) => h("span", { class: "chip" }, e.text, " ", h("small", {}, e.type), e.spans.length > 1 ? h("small", {}, ` ×${e.spans.length}`) : null)))
        : h("p", { class: "empty" }, "No entities found."),
      dates.length
        ? h("div", { class: "chips", style: { "margin-top": ".6rem" } }, dates.map((x) => h("span", { class: "chip" }, x.text, x.value ? h("small", {}, ` = ${x.value}`) : x.relative ? h("small", {}, ` (${x.relative})`) : null)))
        : null);
  }
}

const MEDIA_MARKERS = {
  photo: "📷 photo",
  video_file: "🎬 video",
  video_message: "🎬 video message",
  animation: "🎬 animation",
  voice_message: "🎙 voice message",
  audio_file: "🎧 audio",
};

/** The post's own link on Telegram: public (t.me/NAME/ID) or for members of the chat only. */
function telegramLink(meta) {
  if (meta.format !== "telegram" || !meta.link || safeHref(meta.link) === "#") return null;
  const label = meta.link_kind === "members" ? "message on Telegram (members only)" : "message on Telegram";
  return h("a", { href: meta.link, class: "tg-link", rel: "noopener noreferrer nofollow", target: "_blank" }, label);
}

/** A marker for a post that carries a photo or a video (the medium its quotes were given in). */
function mediaMarker(meta) {
  if (!meta.media_type) return null;
  return h("span", { class: "tg-media badge", title: meta.medium || meta.media_type },
    MEDIA_MARKERS[meta.media_type] || meta.media_type);
}

function firstHeading(doc) {
  const p = (doc.paragraphs || []).find((x) => x.role === "title" || x.role === "heading");
  return p ? p.text : null;
}

function quoteTooltip(q) {
  const parts = [q.speaker ? q.speaker.name : "unknown speaker"];
  if (q.cue) parts.push(`“${q.cue.text}”`);
  if (q.medium) parts.push(q.medium);
  return parts.join(" · ");
}

function figureValue(f) {
  const n = (v) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100));
  const prefix = { at_least: "≥ ", more_than: "> ", at_most: "≤ ", less_than: "< ", about: "≈ " }[f.bound] || "";
  if (f.bound === "range" && f.value_max !== null && f.value_max !== undefined) return `${n(f.value)}–${n(f.value_max)}`;
  return prefix + n(f.value);
}

