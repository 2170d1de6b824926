// The provenance graph: document -> outlets -> media / primary sources -> speakers, drawn with
// Cytoscape.js (vendored in /static/vendor). Labels are drawn on a canvas, never parsed as HTML.

export const KIND_COLOURS = {
  document: "#1f3a5f",
  outlet: "#2f7fc1",
  medium: "#7b4cc2",
  speaker: "#8d6e63",
  claim: "#8a94a3",
};

/** The graph from the API, or one built from the Reading's own provenance edges. */
export function graphFrom(api, reading) {
  if (api && Array.isArray(api.nodes) && api.nodes.length) return api;
  const doc = reading.document;
  const speakers = new Map();
  for (const s of reading.speakers || []) {
    speakers.set(s.id, s);
    speakers.set(s.name, s);
  }
  const nodes = new Map();
  const add = (id) => {
    if (nodes.has(id)) return;
    const s = speakers.get(id);
    let kind = "claim";
    if (id === doc.id || id === "this document") kind = "document";
    else if (id === doc.source) kind = "outlet";
    else if (s) kind = "speaker";
    const label = kind === "document" ? doc.title || doc.source || "this document" : s ? s.name : id;
    nodes.set(id, { id, label, kind });
  };
  const edges = [];
  for (const e of reading.provenance || []) {
    add(e.source);
    add(e.target);
    edges.push({ source: e.source, target: e.target, relation: e.relation });
  }
  return { nodes: [...nodes.values()], edges };
}

/**
 * The sourcing chain of ``speaker``: steps {node, relation} on a path from the document node to
 * the speaker's node. Of all simple paths (graphs are small) it prefers one through ``medium``
 * (where the quote was said), else the longest, which names the most intermediaries.
 */
export function chainTo(graph, speaker, medium = null) {
  if (!graph || !speaker) return [];
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const target = graph.nodes.find(
    (n) => n.id === speaker.id || n.id === speaker.name || (n.kind === "speaker" && n.label === speaker.name),
  ) || graph.nodes.find((n) => n.label === speaker.name);
  const roots = graph.nodes.filter((n) => n.kind === "document");
  if (!target || !roots.length) return [];
  const out = new Map();
  for (const e of graph.edges) {
    if (!out.has(e.source)) out.set(e.source, []);
    out.get(e.source).push(e);
  }
  const paths = [];
  const walk = (id, trail, seen) => {
    if (paths.length >= 50 || trail.length > 8) return;
    if (id === target.id) {
      paths.push([...trail]);
      return;
    }
    for (const e of out.get(id) || []) {
      if (seen.has(e.target)) continue;
      seen.add(e.target);
      trail.push(e);
      walk(e.target, trail, seen);
      trail.pop();
      seen.delete(e.target);
    }
  };
  for (const r of roots) walk(r.id, [], new Set([r.id]));
  if (!paths.length) return [{ node: target, relation: null }];
  const through = (p) => medium && p.some((e) => e.target === medium || (nodes.get(e.target) || {}).label === medium);
  paths.sort((a, b) => (through(b) - through(a)) || (b.length - a.length));
  const best = paths[0];
  const step = (id, relation) => ({ node: nodes.get(id) || { id, label: id, kind: "claim" }, relation });
  return [step(best[0].source, null), ...best.map((e) => step(e.target, e.relation))];
}

/**
 * A layered (dagre-like) layout: each node one level below the deepest node pointing at it, so a
 * speaker reached through a medium sits under the medium even when the document also points at
 * it directly; within a level, nodes follow the mean position of their parents.
 */
export function layered(graph, roots) {
  const n = graph.nodes.length;
  const depth = new Map(roots.map((r) => [r, 0]));
  const edges = graph.edges.filter((e) => e.source !== e.target);
  const incoming = new Set(edges.map((e) => e.target));
  for (const node of graph.nodes) if (!depth.has(node.id) && !incoming.has(node.id)) depth.set(node.id, 1);
  for (let round = 0; round < n; round++) {
    let changed = false;
    for (const e of edges) {
      const d = depth.get(e.source);
      if (d === undefined || d + 1 >= n) continue; // the bound stops cycles
      if ((depth.get(e.target) ?? -1) < d + 1 && !(roots.includes(e.target))) {
        depth.set(e.target, d + 1);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const levels = [];
  for (const node of graph.nodes) {
    const d = depth.get(node.id) ?? 1;
    (levels[d] = levels[d] || []).push(node.id);
  }
  const x = new Map();
  const parents = new Map();
  for (const e of edges) {
    if (!parents.has(e.target)) parents.set(e.target, []);
    parents.get(e.target).push(e.source);
  }
  const positions = {};
  levels.forEach((ids, d) => {
    if (!ids) return;
    const mean = (id) => {
      const placed = (parents.get(id) || []).filter((p) => x.has(p));
      const near = placed.filter((p) => depth.get(p) === d - 1); // the parent right above leads
      const xs = (near.length ? near : placed).map((p) => x.get(p));
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
    };
    const order = d === 0 ? ids : [...ids].sort((a, b) => mean(a) - mean(b));
    order.forEach((id, i) => {
      const px = (i - (order.length - 1) / 2) * 170;
      x.set(id, px);
      positions[id] = { x: px, y: d * 110 };
    });
  });
  return positions;
}

/** Draw ``graph`` into ``container``; returns the Cytoscape instance (or null without the library). */
export function drawGraph(container, graph, { speakerColour, onSpeaker } = {}) {
  if (typeof window.cytoscape !== "function") {
    container.textContent = "The graph library did not load.";
    return null;
  }
  const ids = new Set(graph.nodes.map((n) => n.id));
  const elements = [];
  for (const n of graph.nodes) {
    const colour = (n.kind !== "document" && speakerColour && speakerColour(n)) || KIND_COLOURS[n.kind] || KIND_COLOURS.claim;
    elements.push({ group: "nodes", data: { id: n.id, label: n.label || n.id, kind: n.kind, colour } });
  }
  graph.edges.forEach((e, i) => {
    if (ids.has(e.source) && ids.has(e.target)) {
      elements.push({ group: "edges", data: { id: `e${i}`, source: e.source, target: e.target, label: e.relation || "" } });
    }
  });
  const roots = graph.nodes.filter((n) => n.kind === "document").map((n) => n.id);
  const cy = window.cytoscape({
    container,
    elements,
    minZoom: 0.3,
    maxZoom: 2.5,
    style: [
      {
        selector: "node",
        style: {
          "background-color": "data(colour)",
          label: "data(label)",
          "font-size": 11,
          "font-family": "system-ui, sans-serif",
          color: "#1d2430",
          "text-valign": "bottom",
          "text-margin-y": 4,
          "text-wrap": "wrap",
          "text-max-width": 130,
          width: 22,
          height: 22,
          "border-width": 2,
          "border-color": "#fff",
          "text-background-color": "#fcfcfd",
          "text-background-opacity": 0.85,
          "text-background-padding": 2,
        },
      },
      { selector: 'node[kind = "document"]', style: { shape: "round-rectangle", width: 30, height: 22, "font-weight": 600 } },
      { selector: 'node[kind = "outlet"]', style: { shape: "round-rectangle" } },
      { selector: 'node[kind = "medium"]', style: { shape: "diamond" } },
      { selector: 'node[kind = "claim"]', style: { shape: "round-tag", width: 16, height: 16 } },
      {
        selector: "edge",
        style: {
          width: 1.6,
          "line-color": "#aab4c3",
          "target-arrow-color": "#aab4c3",
          "target-arrow-shape": "triangle",
          "curve-style": "bezier",
          label: "data(label)",
          "font-size": 9,
          color: "#667085",
          "text-rotation": "none",
          "text-background-color": "#fcfcfd",
          "text-background-opacity": 1,
          "text-background-padding": 2,
        },
      },
      { selector: "node:selected", style: { "border-color": "#1d2430", "border-width": 3 } },
    ],
    layout: { name: "preset", positions: layered(graph, roots), fit: true, padding: 28 },
  });
  if (onSpeaker) {
    cy.on("tap", "node", (evt) => {
      const d = evt.target.data();
      if (d.kind === "speaker") onSpeaker(d);
    });
  }
  return cy;
}
