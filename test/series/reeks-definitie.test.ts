/**
 * A definition that changed between two rounds: version 2.0 of the Taskforce format (written here as a
 * definition JSON file) drops action 25, adds action 26 and renames action 3. Both rounds are real
 * workbooks aggregated by the installed command line (round 2 with `--definitie`); the series names the
 * three changes once, at the top, and matches every other action by its code.
 */
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadMonitorJson, monitorToJson, rowsTable } from "../../src/core/model";
import { runCli, runPython, tempDir } from "../helpers/files";
import { STATUS_OF, TASKFORCE, writeTaskforceRound } from "./rounds";

const RENAMED = "Deskundigheidsbevordering (nieuwe omschrijving)";
const ADDED = "Nieuwe actie: landelijke ketenaanpak";

/** Version 2.0: action 25 removed, action 26 added at the end, action 3 renamed. */
function changedDefinitionJson(): string {
  const json = JSON.parse(monitorToJson(TASKFORCE));
  json.versie = "2.0";
  const t = json.tabellen.find((x: { id: string }) => x.id === "acties");
  t.rijen = t.rijen.filter((r: { waarden: { nr: string } }) => r.waarden.nr !== "25");
  t.rijen.find((r: { waarden: { nr: string } }) => r.waarden.nr === "3").waarden.actie = RENAMED;
  t.rijen.push({ waarden: { nr: "26", actie: ADDED, actiehouder: "VWS" } });
  return JSON.stringify(json, null, 2);
}

let dir: string;
const p = (name: string) => path.join(dir, name);
let run: ReturnType<typeof runCli>;
const OLD_LABEL_3 = rowsTable(TASKFORCE, "acties")!.rijen[2].waarden.actie;
const OLD_LABEL_25 = rowsTable(TASKFORCE, "acties")!.rijen[24].waarden.actie;
// 25 actions in both rounds; in round 2 the 25th letter is action 26's.
const R1 = "GGGGGGGGGGGGGGGGGGGGGGGGN";
const R2 = "KCVGGGGGGGGGGGGGGGGGGGGGC";

beforeAll(async () => {
  dir = tempDir("regiomonitor-reeks-def-");
  writeFileSync(p("taskforce-2.0.json"), changedDefinitionJson());
  const load = loadMonitorJson(changedDefinitionJson());
  if (!load.ok) throw new Error(load.fouten.map((i) => i.bericht).join("\n"));
  mkdirSync(p("r1"));
  mkdirSync(p("r2"));
  await writeTaskforceRound(p("r1"), TASKFORCE, {
    meetmoment: "Voorjaar 2013",
    peildatum: "2013-05-31",
    statussen: R1,
  });
  await writeTaskforceRound(p("r2"), load.def, {
    meetmoment: "Najaar 2013",
    peildatum: "2013-11-30",
    statussen: R2,
  });
  for (const [r, def] of [
    ["r1", ["--definitie-id", "taskforce-2013-format"]],
    ["r2", ["--definitie", p("taskforce-2.0.json")]],
  ] as const) {
    const agg = runCli(["aggregate", p(r), ...def, "-o", p(`${r}.xlsx`), "--json", p(`${r}.json`)]);
    if (agg.code === 2) throw new Error(agg.stderr);
  }
  run = runCli(["reeks", p("r1.json"), p("r2.xlsx"), "-o", p("reeks.xlsx"), "--json", p("reeks.json")]);
}, 180_000);

test("the JSON names the three changes once and matches the rest by code", () => {
  expect(run.code).toBe(0);
  const s = JSON.parse(readFileSync(p("reeks.json"), "utf8"));
  expect(s.rondes.map((r: { definitie: { versie: string } }) => r.definitie.versie)).toEqual(["1.0", "2.0"]);
  expect(s.wijzigingen).toEqual([
    {
      soort: "actie",
      code: "3",
      omschrijving: RENAMED,
      wijziging: "hernoemd",
      ronde: 2,
      vorigeOmschrijving: OLD_LABEL_3,
    },
    {
      soort: "actie",
      code: "25",
      omschrijving: OLD_LABEL_25,
      wijziging: "verwijderd",
      ronde: 2,
      vorigeOmschrijving: null,
    },
    {
      soort: "actie",
      code: "26",
      omschrijving: ADDED,
      wijziging: "toegevoegd",
      ronde: 2,
      vorigeOmschrijving: null,
    },
  ]);
  const status = (code: string) =>
    s.acties
      .find((a: { sleutel: string }) => a.sleutel === code)
      .perRonde.map((x: { status: string } | null) => x?.status ?? null);
  expect(status("1")).toEqual([STATUS_OF.G, STATUS_OF.K]);
  expect(status("2")).toEqual([STATUS_OF.G, STATUS_OF.C]);
  expect(status("3")).toEqual([STATUS_OF.G, STATUS_OF.V]);
  expect(status("25")).toEqual([STATUS_OF.N, null]);
  expect(status("26")).toEqual([null, STATUS_OF.C]);
  expect(s.acties).toHaveLength(26);
});

test("the workbook names the three changes at the top of the first sheet", () => {
  const r = runPython(
    String.raw`
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({"eerste": wb.sheetnames[0], "rijen": [list(r) for r in wb["Reeks"].iter_rows(values_only=True)]}))
`,
    [p("reeks.xlsx")],
  );
  expect(r.stderr).toBe("");
  const { eerste, rijen } = JSON.parse(r.stdout) as { eerste: string; rijen: (string | number | null)[][] };
  expect(eerste).toBe("Reeks");
  const at = rijen.findIndex((x) => x[0] === "Wijzigingen in de definitie tussen de metingen");
  const metingen = rijen.findIndex((x) => x[0] === "Metingen");
  expect(at).toBeGreaterThan(0);
  expect(at).toBeLessThan(metingen);
  const changes = rijen.slice(at + 2, at + 5).map((x) => x.slice(1, 6));
  expect(changes).toEqual([
    [RENAMED, "Actie", "3", "andere omschrijving", OLD_LABEL_3],
    [OLD_LABEL_25, "Actie", "25", "vervallen", null],
    [ADDED, "Actie", "26", "toegevoegd", null],
  ]);
  // Named once: the change section lists exactly these three rows (a code in column D).
  expect(rijen.slice(at + 2, metingen).filter((x) => x[3] !== null)).toHaveLength(3);
});
