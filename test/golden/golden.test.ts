/**
 * Regression guard for the one-engine refactor (issue 9): the national JSON of the 37 example workbooks and
 * the `check --json` reports of the two action monitors' example workbooks must stay as they were before
 * the refactor. The national JSON was written by the command line at commit 70e5cba
 * (before the change); the check reports of the action monitors were stored then too and rewritten once, in
 * the one-engine commit, into the one report envelope (same colours, groups, shift and actions; the action's
 * cell is now its Status cell). The inputs are built here by code through the command line, as a user would.
 *
 * A difference that is intended (a documented fix) is made by editing the stored copy in the same commit
 * as the fix, and named in that commit's message.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { writeExampleWorkbooks } from "../helpers/example-files";
import { runCli, tempDir } from "../helpers/files";

const golden = (name: string): unknown => JSON.parse(readFileSync(path.join(__dirname, name), "utf8"));

test("the national JSON of the 37 example workbooks equals the stored copy", async () => {
  const dir = tempDir("golden-");
  const regios = path.join(dir, "regios");
  await writeExampleWorkbooks(regios);
  const json = path.join(dir, "landelijk.json");
  const run = runCli(["aggregate", regios, "-o", path.join(dir, "landelijk.xlsx"), "--json", json]);
  expect(run.code).toBe(0);
  expect(JSON.parse(readFileSync(json, "utf8"))).toEqual(golden("rak-2008-2010-landelijk-37.json"));
});

test.each(["actiemonitor-2013", "ghnt-2018"])(
  "check --json of the %s example workbook equals the stored copy",
  (id) => {
    const dir = tempDir("golden-");
    const file = path.join(dir, `${id}-voorbeeld.xlsx`);
    expect(runCli(["template", "--definitie-id", id, "--voorbeeld", "-o", file]).code).toBe(0);
    const run = runCli(["check", file, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(golden(`${id}-check.json`));
  },
);
