// Copies the front-end libraries that lagebild's web UI uses from node_modules into the Python
// package (src/lagebild/web/static/vendor/), with their licence files, so that the server never
// loads anything from the internet. Rebuild with:  cd web-src && npm ci && npm run build
// The UI's own code (app.js, app.css, index.html) is plain JavaScript written directly in
// src/lagebild/web/static/ and needs no build step.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const nm = join(here, "node_modules");
const out = join(here, "..", "src", "lagebild", "web", "static", "vendor");
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "licenses"), { recursive: true });

// The standalone UMD builds bundle their dependencies (vis-data, vis-util, moment, hammerjs,
// xss, uuid, keycharm, component-emitter); their licences are copied below as well.
const files = [
  ["vis-timeline/standalone/umd/vis-timeline-graph2d.min.js", "vis-timeline.min.js"],
  ["vis-timeline/styles/vis-timeline-graph2d.min.css", "vis-timeline.min.css"],
  // vis-network's standalone build injects its own stylesheet: no CSS file to copy.
  ["vis-network/standalone/umd/vis-network.min.js", "vis-network.min.js"],
];
for (const [src, dst] of files) {
  // Drop the source-map comment: the maps are not shipped.
  const text = readFileSync(join(nm, src), "utf8").replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "\n")
    .replace(/\/\*# sourceMappingURL=\S+ \*\/\s*$/, "\n");
  writeFileSync(join(out, dst), text);
}

const licences = {
  "vis-timeline": ["LICENSE.Apache-2.0.txt", "LICENSE.MIT.txt"],
  "vis-network": ["LICENSE-APACHE-2.0", "LICENSE-MIT"],
  "vis-data": ["LICENSE-APACHE-2.0", "LICENSE-MIT"],
  "vis-util": ["LICENSE-APACHE-2.0", "LICENSE-MIT"],
  "keycharm": ["LICENSE-APACHE-2.0", "LICENSE-MIT"],
  "moment": ["LICENSE"],
  "@egjs/hammerjs": ["LICENSE.md"],
  "propagating-hammerjs": ["LICENSE"],
  "xss": ["LICENSE"],
  "cssfilter": ["LICENSE"],
  "uuid": ["LICENSE.md"],
  "component-emitter": ["LICENSE"],
};
const lines = ["# Third-party front-end code bundled with lagebild", "",
  "| package | version | licence |", "|---|---|---|"];
for (const [pkg, names] of Object.entries(licences)) {
  const meta = JSON.parse(readFileSync(join(nm, pkg, "package.json"), "utf8"));
  for (const name of names) {
    copyFileSync(join(nm, pkg, name), join(out, "licenses", `${pkg.replace("/", "_")}.${name}`));
  }
  lines.push(`| ${pkg} | ${meta.version} | ${meta.license} |`);
}
writeFileSync(join(out, "LICENSES.md"), lines.join("\n") + "\n");
console.log(`wrote ${out}`);
