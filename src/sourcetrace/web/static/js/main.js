// The reader's router: every page is the same shell; the path decides what to render.

import { claimPage, clustersPage, conflictsPage } from "./claims.js";
import { documentPage } from "./document.js";
import { errorBox, replace, setTitle } from "./dom.js";
import { documentsPage, searchPage, speakerPage, speakersPage } from "./pages.js";

const ROUTES = [
  [/^\/(?:documents\/?)?$/, (root) => documentsPage(root)],
  [/^\/documents\/([^/]+)\/?$/, (root, m) => documentPage(root, decode(m[1]))],
  [/^\/speakers\/?$/, (root) => speakersPage(root)],
  [/^\/speakers\/(.+)$/, (root, m) => speakerPage(root, decode(m[1]))],
  [/^\/search\/?$/, (root) => searchPage(root)],
  [/^\/claims\/?$/, (root) => clustersPage(root)],
  [/^\/claims\/([^/]+)\/?$/, (root, m) => claimPage(root, decode(m[1]))],
  [/^\/conflicts\/?$/, (root) => conflictsPage(root)],
];

function decode(s) {
  try {
    return decodeURIComponent(s);
  } catch (_) {
    return s;
  }
}

async function route() {
  const root = document.getElementById("app");
  const q = new URLSearchParams(location.search).get("q");
  const top = document.getElementById("top-q");
  if (top && q && location.pathname.startsWith("/search")) top.value = q;
  for (const [pattern, render] of ROUTES) {
    const m = pattern.exec(location.pathname);
    if (m) {
      try {
        await render(root, m);
      } catch (e) {
        replace(root, errorBox(`Something went wrong: ${e.message}`));
        console.error(e);
      }
      document.body.dataset.ready = "1";
      return;
    }
  }
  setTitle("not found");
  replace(root, errorBox("No such page."));
  document.body.dataset.ready = "1";
}

route();
