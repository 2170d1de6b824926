// DOM helpers. Untrusted text (article text, names, titles) only ever becomes a text node or an
// attribute value set through the DOM API; nothing here parses HTML.

import { setToken } from "./api.js";

/** Create an element: h("a", {href: "/x", class: "c"}, "text", childNode, [more]). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "style") for (const [p, v] of Object.entries(value)) el.style.setProperty(p, v);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "href") el.setAttribute("href", safeHref(value));
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

/** Append children (nodes, strings, numbers, nested arrays; null/false skipped) as nodes. */
export function append(el, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replace all children of ``el``. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Only same-site paths, fragments and http(s) URLs may become links (no javascript: etc.). */
export function safeHref(value) {
  const s = String(value);
  if (s.startsWith("/") && !s.startsWith("//")) return s;
  if (s.startsWith("#") || s.startsWith("?")) return s;
  try {
    const u = new URL(s);
    if (u.protocol === "http:" || u.protocol === "https:") return u.href;
  } catch (_) { /* not a URL */ }
  return "#";
}

export const docHref = (id, quoteId) =>
  `/documents/${encodeURIComponent(id)}` + (quoteId ? `#quote-${encodeURIComponent(quoteId)}` : "");
export const speakerHref = (name) => `/speakers/${encodeURIComponent(name)}`;

export function errorBox(message) {
  return h("div", { class: "error", role: "alert" }, message);
}

/** The message for a failed API call; a server that needs a read token gets a box to give it. */
export function problem(e, what) {
  if (e.status !== 401) return errorBox(`Could not load ${what}: ${e.message}`);
  const input = h("input", { type: "password", name: "token", autocomplete: "off", "aria-label": "Read token" });
  return h("form", {
    class: "error",
    onsubmit: (evt) => {
      evt.preventDefault();
      setToken(input.value.trim());
      location.reload();
    },
  }, "This server needs a read token. ", input, " ", h("button", { type: "submit" }, "Use token"));
}

export function setTitle(...parts) {
  document.title = [...parts.filter(Boolean), "sourcetrace"].join(" · ");
}

export function params() {
  return new URLSearchParams(location.search);
}
