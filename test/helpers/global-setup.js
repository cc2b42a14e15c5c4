// Builds the command line (lib/) once before the tests, so that tests run what `npx regiomonitor` runs.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

module.exports = async function () {
  const root = path.join(__dirname, "..", "..");
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: root,
    stdio: "inherit",
  });
};
