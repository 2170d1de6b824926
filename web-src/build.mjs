// Copies the minified Cytoscape.js build and the Swagger UI assets (for the API docs at /docs),
// with their licences, into the Python package, so that `pip install` needs no npm and neither
// the reader nor /docs loads anything from a CDN at run time (air-gapped machines included).
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "sourcetrace", "web", "static", "vendor");

function vendor(name, files, folder) {
  const pkg = join(here, "node_modules", name);
  const target = join(out, folder);
  mkdirSync(target, { recursive: true });
  for (const [from, to] of files) copyFileSync(join(pkg, from), join(target, to));
  const version = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version;
  console.log(`vendored ${name} ${version} -> ${target}`);
}

vendor("cytoscape", [["dist/cytoscape.min.js", "cytoscape.min.js"], ["LICENSE", "cytoscape.LICENSE"]], ".");
vendor(
  "swagger-ui-dist",
  [
    ["swagger-ui-bundle.js", "swagger-ui-bundle.js"],
    ["swagger-ui.css", "swagger-ui.css"],
    ["favicon-32x32.png", "favicon-32x32.png"],
    ["LICENSE", "LICENSE"],
    ["NOTICE", "NOTICE"],
  ],
  "swagger-ui",
);
