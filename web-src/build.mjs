// Copies the minified Cytoscape.js build and its licence into the Python package, so that
// `pip install` needs no npm and the reader loads nothing from a CDN at run time.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, "node_modules", "cytoscape");
const out = join(here, "..", "src", "sourcetrace", "web", "static", "vendor");
mkdirSync(out, { recursive: true });
copyFileSync(join(pkg, "dist", "cytoscape.min.js"), join(out, "cytoscape.min.js"));
copyFileSync(join(pkg, "LICENSE"), join(out, "cytoscape.LICENSE"));
const version = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version;
console.log(`vendored cytoscape ${version} -> ${out}`);
