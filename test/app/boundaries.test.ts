/**
 * The boundaries hold by lint, not by habit: ESLint (eslint.config.mjs) fails a core module that imports a
 * host or a Node built-in, and a host that reaches into the application layer past the core's face. Each
 * deliberate violation is linted as if it were a file at that place; the real sources pass.
 */
import path from "node:path";
import { spawnSync } from "node:child_process";

const ROOT = path.join(__dirname, "..", "..");

/**
 * ESLint run as the project runs it (its own Node process, the repository's eslint.config.mjs), on texts each
 * linted as the file at its path; per text, the messages of rule no-restricted-imports.
 */
function restrictedAll(cases: { file: string; code: string }[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const c of cases) {
        const [r] = await eslint.lintText(c.code, { filePath: require("node:path").join(process.cwd(), c.file) });
        out.push(r.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const r = spawnSync(process.execPath, ["-e", script], {
    cwd: ROOT,
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

/** Deliberate violations and their allowed counterparts, each as a file at a place in src/. */
const CORE = "src/core/app/violation.ts";
const CASES: { what: string; file: string; code: string; fails: boolean }[] = [
  { what: "core → command line", file: CORE, code: 'export { main } from "../../cli/main";\n', fails: true },
  {
    what: "core → pane",
    file: CORE,
    code: 'export { loadXlsxReader } from "../../taskpane/logic/national";\n',
    fails: true,
  },
  {
    what: "core → Office.js adapter",
    file: CORE,
    code: 'export * from "../../excel/render";\n',
    fails: true,
  },
  {
    what: "core → file reader",
    file: CORE,
    code: 'export { readWorkbook } from "../../xlsx/read-xlsx";\n',
    fails: true,
  },
  { what: "core → node:fs", file: CORE, code: 'export { readFileSync } from "node:fs";\n', fails: true },
  {
    what: "core → path",
    file: CORE,
    code: 'import path from "path";\nexport const p = path;\n',
    fails: true,
  },
  {
    what: "core → core",
    file: CORE,
    code: 'export { aggregate } from "../engine/national";\n',
    fails: false,
  },
  {
    what: "command line → application layer past the face",
    file: "src/cli/violation.ts",
    code: 'export { startRound } from "../core/app/round";\n',
    fails: true,
  },
  {
    what: "pane → application layer past the face",
    file: "src/taskpane/logic/violation.ts",
    code: 'export { summaryPlan } from "../../core/app/check";\n',
    fails: true,
  },
  {
    what: "command line → the core's face",
    file: "src/cli/violation.ts",
    code: 'export { startRound } from "../core";\n',
    fails: false,
  },
];

let results: string[][];
beforeAll(() => {
  results = restrictedAll(CASES);
}, 120_000);

test.each(CASES.map((c, i) => [c.what, c.fails, i] as const))("%s: fails lint: %s", (_what, fails, i) => {
  expect(results[i].length > 0).toBe(fails);
  if (fails) expect(results[i]).toHaveLength(1);
});

test("the messages say what to do", () => {
  expect(results[0][0]).toContain("The core imports no host");
  expect(results[7][0]).toContain("through the core's face");
});
