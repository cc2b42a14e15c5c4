/** The package's version, read at run time from package.json in the package root (never hard-coded). */
import { readFileSync } from "node:fs";
import path from "node:path";

/** The package root: two levels above this file (lib/cli/ when built, src/cli/ in the tests). */
export const PACKAGE_ROOT = path.join(__dirname, "..", "..");

export function packageVersion(root: string = PACKAGE_ROOT): string {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version?: unknown };
  if (typeof pkg.version !== "string") throw new Error(`package.json in ${root} has no version`);
  return pkg.version;
}
