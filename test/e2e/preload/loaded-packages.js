// Preloaded with `node -r` by cli-lazy.test.ts: at exit, writes the npm packages the process loaded (one per
// line) to the file named in LOADED_PACKAGES_FILE.
"use strict";
const fs = require("node:fs");

process.on("exit", () => {
  const names = new Set();
  for (const file of Object.keys(require.cache)) {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
    if (m) names.add(m[1].replace(/\\/g, "/"));
  }
  fs.writeFileSync(process.env.LOADED_PACKAGES_FILE, [...names].sort().join("\n") + "\n");
});
