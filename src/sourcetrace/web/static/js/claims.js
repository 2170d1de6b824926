// Claim pages: the clusters list, one claim (versions side by side, timeline, chain graph, grade,
// confirm/reject), and the conflicting figures. Text only ever goes in with textContent (h()).

import { ApiError, api } from "./api.js";
import { docHref, h, params, problem, replace, setTitle } from "./dom.js";
import { drawGraph } from "./graph.js";

const WRITE_KEY = "sourcetrace.ingest-token";

function when(claim) {
  return [claim.published, claim.language, claim.outlet].filter(Boolean).join(" · ");
}

function gradeBadge(grade) {
  return h("span", { class: "badge", title: grade.evidence.join("\n") }, grade.code);
}

export async function clustersPage(root) {
  setTitle("Claims");
  replace(root, h("p", { class: "muted" }, "Loading claims…"));
  let data;
  try {
    data = await api("/api/clusters", { limit: params().get("limit") || 100 });
  } catch (e) {
    replace(root, problem(e, "claims"));
    return;
  }
  const rows = data.clusters.map((cluster) => {
    const first = cluster.claims[0];
    const documents = new Set(cluster.claims.map((c) => c.document_id)).size;
    const languages = [...new Set(cluster.claims.map((c) => c.language))].join(", ");
    return h("li", { class: "card" },
      gradeBadge(cluster.grade), " ",
      h("a", { href: `/claims/${encodeURIComponent(cluster.id)}` }, first.text.slice(0, 200)),
      h("div", { class: "muted small" },
        `${cluster.claims.length} versions in ${documents} documents (${languages})`,
        cluster.conflicts.length ? ` · ${cluster.conflicts.length} conflicting figures` : ""));
  });
  replace(root,
    h("h1", {}, "Claims across documents"),
    h("p", { class: "muted" }, `${data.total} clusters of the same claim.`, " ", h("a", { href: "/conflicts" }, "Conflicting figures →")),
    rows.length ? h("ul", { class: "plain", id: "clusters" }, ...rows)
      : h("p", { class: "muted" }, "No linked claims yet: run sourcetrace link after ingesting."));
}

async function decide(first, second, state, note) {
  let token = sessionStorage.getItem(WRITE_KEY);
  if (!token) {
    token = window.prompt("Ingest token (the server's --token) to record the decision:") || "";
    if (!token) return;
    sessionStorage.setItem(WRITE_KEY, token);
  }
  const res = await fetch(`/api/links/${encodeURIComponent(first)}/${encodeURIComponent(second)}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify({ state }),
  });
  if (res.status === 401 || res.status === 403) sessionStorage.removeItem(WRITE_KEY);
  let detail = "";
  try {
    const body = await res.json();
    detail = body.detail || body.state || "";
  } catch (_) { /* not JSON */ }
  note.textContent = res.ok ? `Recorded: ${detail}` : `Not recorded: ${detail || res.statusText}`;
}

export async function claimPage(root, id) {
  setTitle("Claim");
  replace(root, h("p", { class: "muted" }, "Loading the claim…"));
  let cluster;
  try {
    cluster = await api(`/api/clusters/${encodeURIComponent(id)}`);
  } catch (e) {
    replace(root, e instanceof ApiError && e.status === 404 ? h("p", { class: "error" }, e.message) : problem(e, "the claim"));
    return;
  }
  const byLanguage = new Map();
  for (const claim of cluster.claims) {
    if (!byLanguage.has(claim.language)) byLanguage.set(claim.language, []);
    byLanguage.get(claim.language).push(claim);
  }
  const versions = h("div", { class: "versions", id: "versions" },
    ...[...byLanguage.entries()].map(([language, claims]) => h("section", { class: "card", lang: language },
      h("h3", {}, language),
      ...claims.map((c) => h("blockquote", {},
        h("p", {}, c.text),
        h("footer", { class: "muted small" },
          `${c.source || "?"} (${c.relation || c.kind}) · ${when(c)} · `,
          h("a", { href: docHref(c.document_id) }, "document")))))));
  const chain = cluster.chain;
  const timeline = h("ol", { class: "timeline", id: "timeline" },
    ...chain.appearances.map((a) => h("li", {},
      h("strong", {}, a.published || "no date"), " ",
      h("a", { href: docHref(a.document_id) }, a.outlet || a.document),
      a.document_id === chain.earliest ? h("span", { class: "badge" }, "earliest") : "",
      a.primary ? h("span", { class: "badge rel-verified" }, "primary source") : "")));
  const graphBox = h("div", { class: "graph", id: "chain-graph", style: { height: "340px" } });
  const grade = cluster.grade;
  const note = h("p", { class: "muted small", id: "decision-note" });
  const links = h("ul", { class: "plain", id: "links" },
    ...cluster.links.map((link) => {
      const texts = Object.fromEntries(cluster.claims.map((c) => [c.id, c.text]));
      return h("li", { class: "small" },
        `${(texts[link.claim_a] || link.claim_a).slice(0, 70)} ↔ ${(texts[link.claim_b] || link.claim_b).slice(0, 70)} `,
        h("span", { class: "badge" }, `${link.state} ${link.score.toFixed(2)}`), " ",
        h("button", { type: "button", onclick: () => decide(link.claim_a, link.claim_b, "confirmed", note) }, "Confirm"), " ",
        h("button", { type: "button", onclick: () => decide(link.claim_a, link.claim_b, "rejected", note) }, "Reject"));
    }));
  const conflicts = cluster.conflicts.map((c) => h("p", { class: "error" }, c.why));
  replace(root,
    h("h1", {}, cluster.claims[0].text.slice(0, 140)),
    h("section", { class: "card", id: "grade" },
      h("h2", {}, "Grade ", gradeBadge(grade)),
      h("ul", {}, ...grade.evidence.map((line) => h("li", {}, line))),
      h("p", { class: "muted small" }, grade.misp.join(" "))),
    ...conflicts,
    h("h2", {}, "Versions"), versions,
    h("h2", {}, "Timeline"), timeline,
    h("h2", {}, "Chain back to the first source"), graphBox,
    h("h2", {}, "Links"), links, note);
  drawGraph(graphBox, { nodes: chain.nodes, edges: chain.edges });
}

export async function conflictsPage(root) {
  setTitle("Conflicts");
  replace(root, h("p", { class: "muted" }, "Loading conflicts…"));
  let data;
  try {
    data = await api("/api/conflicts", { limit: 200 });
  } catch (e) {
    replace(root, problem(e, "conflicts"));
    return;
  }
  const items = data.conflicts.map((conflict) => h("li", { class: "card" },
    h("h3", {}, `${conflict.indicator}${conflict.place ? ` in ${conflict.place}` : ""}`),
    h("div", { class: "versions" },
      ...conflict.figures.map((side) => h("section", {},
        h("p", {}, h("strong", {}, side.value === null ? (side.bound === "denied" ? "denies" : "asserts") : side.bound === "zero" ? "none" : String(side.value)), ` — ${side.claimant || "?"}`,
          side.hedges.length ? ` (${side.hedges.join(", ")})` : ""),
        h("p", { class: "small" }, side.text),
        h("p", { class: "muted small" }, [side.date, side.outlet || side.document].filter(Boolean).join(" · "))))),
    h("p", { class: "muted small" }, `Why unresolved: ${conflict.why}`)));
  replace(root,
    h("h1", {}, "Conflicting figures"),
    h("p", { class: "muted" }, `${data.total} conflicts; both sides are kept as claimed.`),
    items.length ? h("ul", { class: "plain", id: "conflicts" }, ...items) : h("p", { class: "muted" }, "No conflicting figures."));
}
