/**
 * The factsheet per unit in the national workbook: one sheet per received unit, with the unit's answers,
 * judgements (with their explanation and source), texts and members; sheet names at most 31 characters and
 * unique. And the Samenvatting of a returned workbook shows the answers and texts too.
 */
import path from "node:path";
import { isoToSerial } from "../../src/core/cells/dates";
import { parseMonitor, type Monitor } from "../../src/core/model";
import { aggregate } from "../../src/core/engine/national";
import { layoutNational } from "../../src/core/layout/national";
import { layoutUnitSummary } from "../../src/core/layout/unit";
import { explanationIndex } from "../../src/core/engine/explain";
import type { FillValue, UnitFill } from "../../src/core/engine/template";
import { sheetsXlsx } from "../../src/xlsx/sheet-writer";
import { safeFileName, writeWorkbookFile } from "../../src/xlsx/files";
import { tempDir } from "../helpers/files";
import { def, openpyxlSheets, writeAndCheck } from "./helpers";

const BMC = def("bmc-2015");
const LONG = "Een jeugdzorgregio met een heel erg lange naam";

/** BMC with three units of its own: two whose names are the same in their first 31 characters. */
const MON: Monitor = parseMonitor({
  ...BMC,
  eenheden: {
    soort: "jeugdzorgregio",
    meervoud: "jeugdzorgregio's",
    ledenNaam: "gemeenten",
    namen: [
      { naam: `${LONG} A`, leden: ["Aadorp", "Bedum"] },
      { naam: `${LONG} B` },
      { naam: "Retouren" },
      { naam: "Niet ontvangen" },
    ],
  },
});

function fill(regio: string): UnitFill {
  const t = MON.tabellen.find((x) => x.id === "aandachtspunten")!;
  if (t.vorm !== "rijen") throw new Error("rijen verwacht");
  return {
    velden: {
      Jeugdzorgregio: regio,
      Meetmoment: "Vervolgmeting 2015",
      Peildatum: isoToSerial("2015-04-30"),
      Centrumgemeente: "Bedum",
      "Ingevuld door": "Onderzoeker",
    },
    rijen: {
      aandachtspunten: Object.fromEntries(
        t.rijen.map((r): [string, Record<string, FillValue>] => [
          r.waarden.nr,
          r.waarden.nr === "3"
            ? {
                oordeel: "Niet gevonden",
                bevindingen: `Geen lokale uitwerking in ${regio}`,
                knelpunten: "Geen planning",
              }
            : {
                oordeel: "Concreet uitgewerkt",
                bevindingen: `Bevinding ${r.waarden.nr}`,
                documenten: "Plan 2015",
              },
        ]),
      ),
    },
  };
}

describe("factsheets of three received units (one unit not received)", () => {
  const dir = tempDir("factsheet-");
  let models: ReturnType<typeof layoutNational>;
  let sheets: Record<string, (string | number | null)[][]>;
  beforeAll(async () => {
    const entries = [];
    for (const u of [`${LONG} A`, `${LONG} B`, "Retouren"]) {
      const { file, res } = await writeAndCheck(MON, u, fill(u), dir);
      entries.push({ bestand: path.basename(file), result: res.result });
    }
    models = layoutNational(MON, aggregate(MON, entries));
    const xlsx = path.join(dir, "landelijk.xlsx");
    await writeWorkbookFile(sheetsXlsx(models), xlsx);
    sheets = openpyxlSheets(xlsx);
  });

  test("one sheet per received unit; names at most 31 characters and unique, also against other sheets", () => {
    const names = Object.keys(sheets).slice(5); // after the overview and the four national sheets
    expect(names).toEqual([
      "Een jeugdzorgregio met een heel",
      "Een jeugdzorgregio met een (2)",
      "Retouren (2)",
    ]);
    expect(Object.keys(sheets)).toHaveLength(8);
    for (const n of Object.keys(sheets)) expect(n.length).toBeLessThanOrEqual(31);
  });

  test("a factsheet holds the unit's members, fields, answers, judgements and texts", () => {
    const fs = sheets["Een jeugdzorgregio met een heel"];
    expect(fs[0][0]).toBe(`Regiomonitor · Factsheet ${LONG} A (Vervolgmeting 2015, peildatum 30-04-2015)`);
    const at = (first: string | number, col = 0) => fs.findIndex((r) => r[col] === first);
    expect(fs[at("Gemeenten") + 1].slice(0, 4)).toEqual([2, "2 gemeenten", null, "Aadorp, Bedum"]);
    expect(fs[at("Centrumgemeente")][3]).toBe("Bedum");
    expect(fs[at("Oordeel jeugdzorgregio")][4]).toBe("Rood");
    const p3 = at("3");
    expect(fs[p3].slice(1, 5)).toEqual([
      "Lokale uitwerking aanpak kindermishandeling",
      "Oordeel",
      "Niet gevonden",
      "Rood",
    ]);
    // The national counts beside the answer; the explanation in the last column (not printed).
    expect(fs[p3][5]).toBe("Niet gevonden 3 · Gegevens onbekend 1");
    expect(fs[p3][fs[p3].length - 1]).toBe(
      "Aandachtspunt 3 (Lokale uitwerking aanpak kindermishandeling): 'Niet gevonden'; knelpunt: 'Geen planning'. Regel van Regiomonitor.",
    );
    expect(fs[p3 + 1].slice(2, 4)).toEqual(["Bevindingen", `Geen lokale uitwerking in ${LONG} A`]);
    expect(fs[p3 + 2].slice(2, 4)).toEqual(["Mogelijke knelpunten", "Geen planning"]);
    // A unit without members has no member list.
    expect(sheets["Een jeugdzorgregio met een (2)"].some((r) => r[0] === "Gemeenten")).toBe(false);
  });

  test("each judgement on a factsheet explains itself, with its source in the returned workbook", () => {
    const index = explanationIndex(models);
    const e = [...index.values()].find(
      (x) => x.blad === "Een jeugdzorgregio met een heel" && x.titel === `${LONG} A · 3 · Oordeel`,
    )!;
    expect(e.regel).toContain("Rood: niet gevonden");
    expect(e.bron).toEqual([
      {
        regio: `${LONG} A`,
        bestand: `Regiomonitor-${safeFileName(`${LONG} A`)}.xlsx`,
        blad: "Aandachtspunten",
        cel: "E4",
      },
    ]);
  });
});

test("the Samenvatting of a returned workbook shows its answers and texts", async () => {
  const { res } = await writeAndCheck(MON, `${LONG} A`, fill(`${LONG} A`), tempDir("factsheet-"));
  if (!res.result.ok) throw new Error("niet gelezen");
  const m = layoutUnitSummary(MON, res.result.ret, res.score!, res.result.issues);
  const rows = m.rows.map((r) => r.map((c) => c.v));
  const head = rows.findIndex((r) => r[0] === "Aandachtspunten: antwoorden en teksten");
  expect(head).toBeGreaterThan(0);
  const texts = rows.slice(head).map((r) => `${r[2]}=${r[3]}`);
  expect(texts).toEqual(
    expect.arrayContaining([
      "Oordeel=Niet gevonden",
      `Bevindingen=Geen lokale uitwerking in ${LONG} A`,
      "Mogelijke knelpunten=Geen planning",
      "Documentreferenties=Plan 2015",
    ]),
  );
  // The judgements are in their own section above, with their explanations; not repeated here.
  expect(m.rows.slice(head).some((r) => r[4].uitleg)).toBe(false);
});
