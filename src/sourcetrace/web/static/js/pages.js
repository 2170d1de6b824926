// The list pages: documents (with filters and paging), speakers, one speaker, search.

import { api, editToken, exportLinks, post } from "./api.js";
import { docHref, errorBox, h, params, problem, replace, setTitle, speakerHref } from "./dom.js";

const PAGE = 50;
const LANGUAGES = ["nb", "nn", "en", "ru", "uk"];

function loading(root, what) {
  replace(root, h("p", { class: "muted" }, `Loading ${what}…`));
}

function failed(root, what, e) {
  replace(root, problem(e, what));
}

/** Previous/next links that keep the current query and move ``offset``. */
function pager(total, offset, limit) {
  const link = (to, label, enabled) => {
    if (!enabled) return h("button", { type: "button", disabled: true }, label);
    const q = params();
    q.set("offset", String(to));
    return h("a", { href: `?${q}`, class: "page-link" }, label);
  };
  const last = Math.min(total, offset + limit);
  return h("div", { class: "pager" },
    link(Math.max(0, offset - limit), "← Previous", offset > 0),
    h("span", { class: "muted small" }, total ? `${offset + 1}–${last} of ${total}` : "0 results"),
    link(offset + limit, "Next →", offset + limit < total));
}

/** ``limit`` and ``offset`` from the address (``?limit=`` may shrink or grow a page up to 500). */
function pagedQuery(limit) {
  const q = params();
  const offset = Math.max(0, parseInt(q.get("offset") || "0", 10) || 0);
  const asked = parseInt(q.get("limit") || "", 10);
  return { limit: asked >= 1 ? Math.min(asked, 500) : limit, offset };
}

/** A pager only when the results do not fit one page. */
function pagerFor(data, page) {
  const total = data.total ?? data.items.length;
  return total > data.items.length || page.offset ? pager(total, page.offset, data.limit || page.limit) : null;
}

function field(label, input) {
  return h("label", {}, label, input);
}

export async function documentsPage(root) {
  setTitle("Documents");
  const q = params();
  const page = pagedQuery(PAGE);
  const filters = {
    q: q.get("q") || "",
    language: q.get("language") || "",
    outlet: q.get("outlet") || "",
    speaker: q.get("speaker") || "",
    date_from: q.get("date_from") || "",
    date_to: q.get("date_to") || "",
  };
  loading(root, "documents");
  let data;
  try {
    data = await api("/api/documents", { ...filters, ...page });
  } catch (e) {
    failed(root, "the documents", e);
    return;
  }
  const outlets = [...new Set(data.items.map((d) => d.source).filter(Boolean))].sort();
  const langSelect = h("select", { name: "language" }, h("option", { value: "" }, "any"),
    [...new Set([...LANGUAGES, ...data.items.map((d) => d.language).filter(Boolean)])].map((l) => h("option", { value: l, selected: l === filters.language }, l)));
  const form = h("form", { class: "filters", method: "get", action: "/" },
    field("Text", h("input", { name: "q", type: "search", value: filters.q, placeholder: "words in the text" })),
    field("Language", langSelect),
    field("Outlet", h("input", { name: "outlet", value: filters.outlet, list: "outlets", placeholder: "any" })),
    h("datalist", { id: "outlets" }, outlets.map((o) => h("option", { value: o }))),
    field("Speaker", h("input", { name: "speaker", value: filters.speaker, placeholder: "any" })),
    field("From", h("input", { name: "date_from", type: "date", value: filters.date_from })),
    field("To", h("input", { name: "date_to", type: "date", value: filters.date_to })),
    h("button", { type: "submit" }, "Filter"),
    h("a", { href: "/" }, "clear"));
  const filtered = Object.values(filters).some(Boolean);
  const table = data.items.length
    ? h("table", { class: "list", id: "documents" },
      h("thead", {}, h("tr", {},
        h("th", {}, "Title"), h("th", {}, "Outlet"), h("th", {}, "Lang"), h("th", {}, "Published"),
        h("th", { class: "num" }, "Quotes"), h("th", { class: "num" }, "Attributions"))),
      h("tbody", {}, data.items.map((d) => h("tr", {},
        h("td", {}, h("a", { href: docHref(d.id), class: "doc-link" }, d.title || d.origin || d.id.slice(0, 12)),
          d.title && d.origin ? h("div", { class: "muted small mono doc-origin" }, d.origin) : null),
        h("td", {}, d.source || "—"),
        h("td", {}, d.language || "—"),
        h("td", {}, d.published || "—"),
        h("td", { class: "num" }, String(d.n_quotes ?? 0)),
        h("td", { class: "num" }, String(d.n_attributions ?? 0))))))
    : h("p", { class: "empty" }, filtered
      ? "No documents match these filters."
      : "No documents yet. Add some with `sourcetrace demo` or the ingest API.");
  const downloads = await exportLinks("/api/export", (href, f) =>
    h("a", { href, class: "export-link", download: "", title: f.description, dataset: { format: f.name } }, f.name));
  replace(root,
    h("h1", {}, "Documents"),
    form,
    h("div", { class: "card" }, table, pagerFor(data, page)),
    downloads.length ? h("p", { class: "doc-meta doc-exports" }, "Export the whole corpus: ", downloads) : null);
}

export async function speakersPage(root) {
  setTitle("Speakers");
  const q = params().get("q") || "";
  loading(root, "speakers");
  const page = pagedQuery(PAGE);
  let data;
  try {
    data = await api("/api/speakers", { q, ...page });
  } catch (e) {
    failed(root, "the speakers", e);
    return;
  }
  replace(root,
    h("h1", {}, "Speakers"),
    h("form", { class: "filters", method: "get", action: "/speakers" },
      field("Name", h("input", { name: "q", type: "search", value: q, placeholder: "part of a name" })),
      h("button", { type: "submit" }, "Find")),
    h("div", { class: "card" }, data.items.length
      ? h("table", { class: "list", id: "speakers" },
        h("thead", {}, h("tr", {}, h("th", {}, "Speaker"), h("th", {}, "Kind"), h("th", { class: "num" }, "Quotes"), h("th", { class: "num" }, "Documents"))),
        h("tbody", {}, data.items.map((s) => h("tr", {},
          h("td", {}, h("a", { href: speakerHref(s.name) }, s.name)),
          h("td", {}, h("span", { class: "badge" }, s.kind || "unknown")),
          h("td", { class: "num" }, String(s.n_quotes ?? 0)),
          h("td", { class: "num" }, String(s.n_documents ?? 0))))))
      : h("p", { class: "empty" }, "No speakers found."), pagerFor(data, page)));
}

export async function speakerPage(root, name) {
  setTitle(name);
  loading(root, "quotes");
  const page = pagedQuery(PAGE);
  let data;
  try {
    data = await api(`/api/speakers/${encodeURIComponent(name)}/quotes`, page);
  } catch (e) {
    if (e.status === 404) replace(root, errorBox(`No quotes by “${name}”.`));
    else failed(root, "the quotes", e);
    return;
  }
  let sourced = { items: [] };
  try {
    sourced = await api("/api/attributions", { source: name, limit: PAGE });
  } catch (_) {
    /* the quotes are the page; sourcing statements are extra */
  }
  const docs = new Set(data.items.map((x) => x.document_id));
  replace(root,
    h("h1", {}, name),
    h("p", { class: "muted" }, data.total > data.items.length
      ? `${data.total} quotes; this page: ${data.items.length} in ${docs.size} documents`
      : `${data.items.length} quote${data.items.length === 1 ? "" : "s"} in ${docs.size} document${docs.size === 1 ? "" : "s"}`),
    data.items.length
      ? h("ol", { class: "results card", id: "speaker-quotes" }, data.items.map((x) => h("li", { class: "quote-card" },
        h("a", { href: docHref(x.document_id, x.quote.id) }, x.document_title || x.document_id.slice(0, 12)),
        h("blockquote", {}, x.quote.text),
        h("div", { class: "small muted" },
          h("span", { class: "badge" }, x.quote.kind),
          x.quote.cue ? ` cue: ${x.quote.cue.text}` : null,
          x.quote.medium ? ` · medium: ${x.quote.medium}` : null,
          x.quote.addressee ? ` · to: ${x.quote.addressee}` : null))))
      : h("p", { class: "empty" }, "No quotes."),
    pagerFor(data, page),
    sourced.items.length
      ? [h("h2", { style: { "margin-top": "1.5rem" } }, "As a source"),
        h("ol", { class: "results card", id: "speaker-sourcing" }, sourced.items.map((x) => h("li", {},
          h("a", { href: `${docHref(x.document_id)}#attribution-${encodeURIComponent(x.attribution.id)}` }, x.document_title || x.document_id.slice(0, 12)),
          h("div", {},
            h("span", { class: `badge rel-${x.attribution.relation}` }, x.attribution.relation),
            x.attribution.object ? [" ", x.attribution.object.text] : null),
          h("div", { class: "snippet small" }, "“", x.attribution.evidence.text, "”"))))]
      : null,
    renameForm(name));
}

/** Rename a speaker in every document, or merge it into another by giving that one's name
 * (needs the server's --token); the correction is re-applied after every re-analysis. */
function renameForm(name) {
  const to = h("input", { name: "to", required: true, placeholder: "right name (an existing speaker merges)" });
  const secret = h("input", { name: "token", type: "password", placeholder: "editor token", value: editToken(), autocomplete: "off" });
  const status = h("p", { class: "small muted correction-status", "aria-live": "polite" });
  return h("details", { class: "correct card" },
    h("summary", {}, `Rename or merge “${name}”`),
    h("form", {
      class: "correction",
      onsubmit: async (e) => {
        e.preventDefault();
        status.textContent = "Saving…";
        try {
          const done = await post("/api/corrections", { kind: "rename", names: [name], to: to.value.trim() }, secret.value.trim());
          status.textContent = `Saved: ${done.changed_documents.length} document(s) changed.`;
          location.assign(`/speakers/${encodeURIComponent(to.value.trim())}`);
        } catch (err) {
          status.textContent = `Not saved: ${err.message}`;
        }
      },
    }, to, secret, h("button", { type: "submit" }, "Rename everywhere")),
    status);
}

export async function searchPage(root) {
  const q = (params().get("q") || "").trim();
  setTitle(q ? `Search: ${q}` : "Search");
  const box = h("input", { name: "q", type: "search", value: q, placeholder: "words, names, phrases", autofocus: true });
  const form = h("form", { class: "filters", method: "get", action: "/search" }, field("Search", box), h("button", { type: "submit" }, "Search"));
  if (!q) {
    replace(root, h("h1", {}, "Search"), form, h("p", { class: "muted" }, "Search the texts, quotes and speakers of all documents."));
    return;
  }
  loading(root, "results");
  const page = pagedQuery(20);
  let data;
  try {
    data = await api("/api/search", { q, ...page });
  } catch (e) {
    failed(root, "the results", e);
    return;
  }
  replace(root,
    h("h1", {}, "Search"),
    form,
    h("p", { class: "muted" }, `${data.total ?? data.items.length} result${(data.total ?? data.items.length) === 1 ? "" : "s"} for “${q}”`),
    data.items.length
      ? h("ol", { class: "results card", id: "search-results" }, data.items.map((x) => h("li", {},
        h("a", { href: docHref(x.document_id) }, x.title || x.document_id.slice(0, 12)),
        x.snippet ? h("p", { class: "snippet" }, x.snippet) : null)))
      : h("p", { class: "empty" }, "Nothing found."),
    pagerFor(data, page));
}
