/**
 * The unit beside the country: three RAK returns written by hand (below), aggregated by the command line. The
 * factsheet of Almere, in the national workbook (read by openpyxl) and in the report (HTML), shows Almere's
 * answer to V1 and to M1 beside the national counts of that item, counted by hand from the three inputs: the
 * 34 regions without a return count as Gegevens onbekend (37 regions in the RAK definition).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildTemplate } from "../../src/core/engine/template";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";
import { runCli, runPython, tempDir } from "../helpers/files";
import { RAK } from "./startfoto";

jest.setTimeout(240_000);

const dir = tempDir("regiomonitor-factsheet-");
const GEREED = "Gereed / in uitvoering";
/** Region → [M1 status, V1 answer]. */
const INPUTS: Record<string, [string, string]> = {
  Alkmaar: [GEREED, "Alle"],
  Almere: ["Niet gestart", "Alle"],
  Amersfoort: [GEREED, "Geen"],
};
// Counted by hand from INPUTS (answers nobody gave are not listed); 37 − 3 = 34 regions without a return.
const V1_COUNTS = "Alle 2 · Geen 1 · Gegevens onbekend 34";
const M1_COUNTS = `${GEREED} 2 · Niet gestart 1 · Gegevens onbekend 34`;

beforeAll(async () => {
  for (const [regio, [m1, v1]] of Object.entries(INPUTS))
    await writeWorkbookFile(
      templateWorkbook(
        buildTemplate(RAK, {
          eenheid: regio,
          vul: {
            velden: { Meetmoment: "Eindfoto", Peildatum: "15-01-2011", "Ingevuld door": "Test" },
            rijen: { mijlpalen: { M1: { status: m1 } }, vragenlijst: { V1: { antwoord: v1 } } },
          },
        }),
      ),
      path.join(dir, "regios", `${regio}.xlsx`),
    );
  const a = runCli([
    "aggregate",
    path.join(dir, "regios"),
    "-o",
    path.join(dir, "landelijk.xlsx"),
    "--json",
    path.join(dir, "landelijk.json"),
  ]);
  if (![0, 1].includes(a.code)) throw new Error(a.stderr);
  const r = runCli(["rapport", path.join(dir, "landelijk.json"), "-o", path.join(dir, "rapport.html")]);
  if (![0, 1].includes(r.code)) throw new Error(r.stderr);
});

test("the national workbook's factsheet: Almere's answer beside the national counts", () => {
  const py = runPython(
    `
import sys, json, warnings, openpyxl
warnings.simplefilter("ignore")
ws = openpyxl.load_workbook(sys.argv[1])["Almere"]
rows = [[c.value for c in r] for r in ws.iter_rows()]
head = next(r for r in rows if r[0] == "Mijlpaal")
print(json.dumps({"head": head[5], "rows": [r for r in rows if r[0] in ("M1", "V1")]}, default=str))
`,
    [path.join(dir, "landelijk.xlsx")],
  );
  expect(py.stderr).toBe("");
  const got = JSON.parse(py.stdout) as { head: string; rows: (string | null)[][] };
  expect(got.head).toBe("Landelijk: aantal per antwoord");
  const m1 = got.rows.find((r) => r[0] === "M1")!;
  const v1 = got.rows.find((r) => r[0] === "V1")!;
  expect([m1[2], m1[3], m1[5]]).toEqual(["Status", "Niet gestart", M1_COUNTS]);
  expect([v1[2], v1[3], v1[5]]).toEqual(["Antwoord", "Alle", V1_COUNTS]);
});

test("the report's factsheet: Almere's answer beside the national counts", () => {
  const html = readFileSync(path.join(dir, "rapport.html"), "utf8");
  const start = html.indexOf('id="factsheet-almere"');
  expect(start).toBeGreaterThan(0);
  const section = html.slice(start, html.indexOf("</section>", start));
  const rowText = (nr: string) =>
    section
      .split("<tr>")
      .map((r) => r.replace(/<[^>]+>/g, "|").replace(/\|+/g, "|"))
      .find((r) => r.startsWith(`|${nr}|`));
  expect(rowText("M1")).toContain(`|Niet gestart|`);
  expect(rowText("M1")).toContain(`|${M1_COUNTS}|`);
  expect(rowText("V1")).toContain(`|Alle|${V1_COUNTS}|`);
});
