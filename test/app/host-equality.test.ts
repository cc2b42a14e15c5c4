/**
 * The two hosts cannot disagree about a round: the same files go through the command line (`aggregate`, in
 * process) and through the pane's import path (`importFiles`, with the pane's own reader chunk), and give the
 * same national JSON. Among the files: three returns with stated answers, a return of another monitor, a
 * file that is no workbook, and a national workbook of Regiomonitor placed among the returns, which both
 * refuse the same way, with a Dutch message naming the file.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/dispatch";
import type { Io } from "../../src/cli/args";
import { buildTemplate, type UnitFill } from "../../src/core/engine/template";
import { isoToSerial } from "../../src/core/cells/dates";
import { findMonitor } from "../../src/core/model";
import type { NationalJson } from "../../src/core/engine/json";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";
import * as reader from "../../src/taskpane/shared/lazy/xlsx-reader";
import { importFiles } from "../../src/taskpane/features/import/national";
import { tempDir } from "../helpers/files";
import { DEF } from "../helpers/inputs";

const GEREED = "Gereed / in uitvoering";

/** A RAK return: the unit's fields, and the status of M1…M7 in order (every other cell left as made). */
function rakFill(statussen: string[]): UnitFill {
  const mijlpalen: Record<string, Record<string, string>> = {};
  statussen.forEach((s, i) => (mijlpalen[`M${i + 1}`] = { status: s }));
  return {
    velden: { Meetmoment: "Startfoto", Peildatum: isoToSerial("2011-01-15"), "Ingevuld door": "Test" },
    rijen: { mijlpalen },
  };
}

/** The returns, by file name: unit and the statuses of M1…M7. */
const RETURNS: Record<string, { eenheid: string; statussen: string[] }> = {
  "Gouda.xlsx": { eenheid: "Gouda", statussen: Array(7).fill(GEREED) },
  "Ede.xlsx": {
    eenheid: "Ede",
    statussen: [GEREED, GEREED, GEREED, GEREED, "Gedeeltelijk", "Niet gestart", "Niet gestart"],
  },
  "Delft.xlsx": {
    eenheid: "Delft",
    statussen: [
      GEREED,
      GEREED,
      "In voorbereiding",
      "Niet gestart",
      "Niet gestart",
      "Niet gestart",
      "Onbekend",
    ],
  },
};

let dir: string;
const quiet: Io = { out: () => undefined, err: () => undefined };

beforeAll(async () => {
  dir = tempDir("regiomonitor-hosts-");
  const returns = path.join(dir, "ingeleverd");
  for (const [name, r] of Object.entries(RETURNS))
    await writeWorkbookFile(
      templateWorkbook(buildTemplate(DEF, { eenheid: r.eenheid, vul: rakFill(r.statussen) })),
      path.join(returns, name),
    );
  // A return of another monitor (BMC 2015), empty.
  const bmc = findMonitor("bmc-2015")!;
  await writeWorkbookFile(
    templateWorkbook(buildTemplate(bmc, { eenheid: bmc.eenheden!.namen[0].naam })),
    path.join(returns, "bmc.xlsx"),
  );
  // A file that is no workbook: the first bytes of a zip, then nothing.
  writeFileSync(path.join(returns, "kapot.xlsx"), Buffer.from([80, 75, 3, 4, 1]));
  // A national workbook of Regiomonitor (of the first two returns), then placed among the returns.
  const first = path.join(dir, "eerste");
  mkdirSync(first, { recursive: true });
  for (const name of ["Gouda.xlsx", "Ede.xlsx"])
    writeFileSync(path.join(first, name), readFileSync(path.join(returns, name)));
  await main(["aggregate", first, "-o", path.join(returns, "landelijk.xlsx")], quiet);
  expect(readFileSync(path.join(returns, "landelijk.xlsx")).length).toBeGreaterThan(0);
}, 120_000);

/** The command line's national JSON of the folder, and its exit code. */
async function cliRound(extra: string[] = []): Promise<{ code: number; json: NationalJson }> {
  const out = path.join(dir, `cli-${extra.join("-") || "standaard"}`);
  const code = await main(
    ["aggregate", path.join(dir, "ingeleverd"), "-o", `${out}.xlsx`, "--json", `${out}.json`, ...extra],
    quiet,
  );
  return { code, json: JSON.parse(readFileSync(`${out}.json`, "utf8")) as NationalJson };
}

/** The pane's import of the same files, in the order the command line reads them (sorted by name). */
async function paneRound(loaded: Parameters<typeof importFiles>[2] = null) {
  const folder = path.join(dir, "ingeleverd");
  const names = ["bmc.xlsx", "Delft.xlsx", "Ede.xlsx", "Gouda.xlsx", "kapot.xlsx", "landelijk.xlsx"];
  const picked = names.map((name) => ({
    name,
    bytes: async () => new Uint8Array(readFileSync(path.join(folder, name))),
  }));
  return importFiles(picked, reader, loaded, { reading: () => undefined, read: () => undefined });
}

test("the same files give the same national JSON through the command line and through the pane", async () => {
  const cli = await cliRound();
  const pane = await paneRound();
  expect(cli.code).toBe(1);
  // Compare as JSON text, as both write it.
  expect(JSON.parse(JSON.stringify(pane.result.json))).toEqual(cli.json);

  // The figures, counted by hand from RETURNS: three of 37 regions; M5 done in Gouda (gereed) and Ede
  // (gedeeltelijk); M1 and M2 done in all three.
  expect([cli.json.ontvangen, cli.json.verwacht]).toEqual([3, 37]);
  const m = (code: string) => cli.json.mijlpalen!.find((x) => x.code === code)!;
  expect([m("M5").gerealiseerd, m("M5").waarvanGedeeltelijk]).toEqual([2, 1]);
  expect([m("M1").gerealiseerd, m("M2").gerealiseerd, m("M3").gerealiseerd]).toEqual([3, 3, 2]);
});

test("both refuse a national workbook among the returns the same way, naming the file", async () => {
  const cli = await cliRound();
  const pane = await paneRound();
  const national = (bestanden: NationalJson["bestanden"]) =>
    bestanden.find((b) => b.bestand === "landelijk.xlsx");
  expect(national(cli.json.bestanden)).toMatchObject({ status: "overgeslagen" });
  expect(national(cli.json.bestanden)!.reden).toBe(
    "landelijk.xlsx is een landelijke werkmap van Regiomonitor, geen ingevulde werkmap: hij telt niet mee. Haal hem weg uit de ingeleverde werkmappen.",
  );
  expect(national(pane.result.json.bestanden)).toEqual(national(cli.json.bestanden));
  // The pane's file list and attention list say it too.
  const line = pane.lines.find((l) => l.bestand === "landelijk.xlsx")!;
  expect([line.state, line.reden]).toEqual(["overgeslagen", national(cli.json.bestanden)!.reden]);
  expect(pane.result.aandacht.find((a) => a.naam === "landelijk.xlsx")?.detail).toBe(line.reden);
});

test("a definition chosen by the user: the same round on both hosts", async () => {
  const bmc = findMonitor("bmc-2015")!;
  const cli = await cliRound(["--definitie-id", "bmc-2015"]);
  const pane = await paneRound(bmc);
  expect(pane.round.def).toBe(bmc);
  expect(JSON.parse(JSON.stringify(pane.result.json))).toEqual(cli.json);
  // Only bmc.xlsx is of this monitor; the three RAK returns are named once as a group on both hosts.
  expect(cli.json.ontvangen).toBe(1);
  expect(
    pane.round.anderen.map((i) => (i.code === "bestanden_andere_monitor" ? i.gegevens.bestanden : i.code)),
  ).toEqual([["Delft.xlsx", "Ede.xlsx", "Gouda.xlsx"]]);
});
