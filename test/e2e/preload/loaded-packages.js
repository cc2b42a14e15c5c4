// Preloaded with `node -r` by cli-lazy.test.ts: at exit, writes the npm packages the process loaded (one per
// line) to the file named in LOADED_PACKAGES_FILE, and the project's own modules (paths under lib/, one per
// line) to the file named in LOADED_MODULES_FILE when that is set.
"use strict";
const fs = require("node:fs");

process.on("exit", () => {
  const names = new Set();
  for (const file of Object.keys(require.cache)) {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
    if (m) names.add(m[1].replace(/\\/g, "/"));
  }
  fs.writeFileSync(process.env.LOADED_PACKAGES_FILE, [...names].sort().join("\n") + "\n");
  if (process.env.LOADED_MODULES_FILE) {
    const own = Object.keys(require.cache)
      .filter((file) => !/node_modules/.test(file))
      .map((file) => /[\\/]lib[\\/](.+)\.js$/.exec(file))
      .filter(Boolean)
      .map((m) => m[1].replace(/\\/g, "/"));
    fs.writeFileSync(process.env.LOADED_MODULES_FILE, own.sort().join("\n") + "\n");
  }
});
