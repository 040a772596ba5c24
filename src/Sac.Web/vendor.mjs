// Copies the browser builds of the npm dependencies into wwwroot/lib, where they are kept in the tree:
// a fresh machine serves them without npm, and the Content-Security-Policy allows only 'self'.
import { copyFileSync, mkdirSync } from "node:fs";

const copies = [
  ["node_modules/chart.js/dist/chart.umd.min.js", "wwwroot/lib/chart.js/chart.umd.min.js"],
  ["node_modules/chart.js/LICENSE.md", "wwwroot/lib/chart.js/LICENSE.md"],
];

mkdirSync("wwwroot/lib/chart.js", { recursive: true });
for (const [from, to] of copies) {
  copyFileSync(from, to);
  console.log(`${from} -> ${to}`);
}
