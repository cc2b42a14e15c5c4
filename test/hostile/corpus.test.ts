/**
 * Hostile and broken input: every case of the generated corpus gives its exact Dutch message or issue
 * codes, nothing crashes, the batch goes on, and no input file changes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { corpus, HOSTILE_TEXTS, LONG_TEXT, type CorpusCase } from "../helpers/corpus";
import { hashFolder, runCli, runPython, tempDir } from "../helpers/files";
import { readReturns } from "../../src/cli/main";
import { DEF } from "../helpers/inputs";
import type { ReturnEntry } from "../../src/core/engine/national-types";

const cases = corpus();
let dir: string;
let entries: Map<string, ReturnEntry>;
let hashes: Record<string, string>;

beforeAll(async () => {
  dir = tempDir("regiomonitor-corpus-");
  for (const c of cases) writeFileSync(path.join(dir, c.file), await c.make());
  hashes = hashFolder(dir);
  const list = await readReturns(
    cases.map((c) => path.join(dir, c.file)),
    DEF,
    () => undefined,
  );
  entries = new Map(list.map((e) => [e.bestand, e]));
});

test("the corpus has at least 40 cases", () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
});

describe.each(cases.map((c) => [c.file, c] as [string, CorpusCase]))("%s", (_file, c) => {
  test(`${c.what}: ${c.refused ? "refused with its reason" : "read with the expected issues"}`, () => {
    const e = entries.get(c.file)!;
    expect(e).toBeDefined();
    if (c.refused) {
      expect(e.result.ok).toBe(false);
      const messages = e.result.issues.map((i) => i.bericht).join("\n");
      expect(messages).toContain(c.refused);
    } else {
      expect(e.result.ok).toBe(true);
    }
    if (c.codes) {
      const got = e.result.issues.map((i) => i.code).filter((x) => x !== "geen_definitie");
      if (c.exactly) expect(got.sort()).toEqual([...c.codes].sort());
      else expect(got).toEqual(expect.arrayContaining(c.codes));
      for (const i of e.result.issues) {
        expect(i.bestand).toBe(c.file);
        expect(i.bericht.length).toBeGreaterThan(10);
      }
    }
    if (c.answer && e.result.ok) {
      const [nr, text] = c.answer;
      expect(e.result.ret.tabellen.vragenlijst.find((r) => r.sleutel === nr)?.cellen.antwoord.tekst).toBe(
        text,
      );
    }
  });
});

describe("the whole corpus through the command line", () => {
  let json: {
    ontvangen: number;
    bestanden: { bestand: string; status: string; reden: string; regio: string | null }[];
    open: { regio: string; nr: string; antwoord: string }[];
  };
  let out: string;
  let run: ReturnType<typeof runCli>;

  beforeAll(() => {
    out = path.join(tempDir(), "landelijk.xlsx");
    const jsonOut = out.replace(".xlsx", ".json");
    run = runCli(["aggregate", dir, "-o", out, "--json", jsonOut]);
    json = JSON.parse(readFileSync(jsonOut, "utf8"));
  });

  test("never crashes, never stops the batch, exits 1, and changes no input file", () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).toContain(`[${cases.length}/${cases.length}]`);
    expect(hashFolder(dir)).toEqual(hashes);
  });

  test("every refused file is named with its reason; the readable ones count", () => {
    for (const c of cases.filter((x) => x.refused)) {
      const row = json.bestanden.find((b) => b.bestand === c.file)!;
      expect(row.status).toBe("overgeslagen");
      expect(row.reden).toContain(c.refused!);
    }
    for (const c of cases.filter((x) => x.counted)) {
      const row = json.bestanden.find((b) => b.bestand === c.file)!;
      expect(row).toMatchObject({ status: "meegeteld", regio: c.counted });
    }
    expect(json.bestanden.find((b) => b.bestand === "dubbel-oud.xlsx")?.status).toBe(
      "dubbel, niet meegeteld",
    );
  });

  test("text from returned workbooks is written as text: no cell of the output is a formula (openpyxl)", () => {
    const script = `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
formulas = [f"{s.title}!{c.coordinate}" for s in wb.worksheets for row in s.iter_rows() for c in row if c.data_type == "f"]
texts = [c.value for row in wb["Open antwoorden"].iter_rows() for c in row if isinstance(c.value, str)]
print(json.dumps({"formulas": formulas, "texts": texts}))
`;
    const r = runPython(script, [out]);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(got.formulas).toEqual([]);
    // Leading tabs and carriage returns are trimmed on reading; the rest stays text, never a formula.
    for (const t of HOSTILE_TEXTS) expect(got.texts).toContain(t.trim());
    expect(got.texts.some((t: string) => t === LONG_TEXT)).toBe(true);
  });
});
