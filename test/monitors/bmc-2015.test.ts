/**
 * BMC 2015 'regierol' monitor: the definition (11 aandachtspunten in three themes, 42 jeugdzorgregio's),
 * its rules on real workbooks (judgement per point, a wrong answer named by its cell, required texts), the
 * national tables written to .xlsx and read back by openpyxl, the national JSON, and the comparison of the
 * nulmeting 2014 with the vervolgmeting 2015.
 */
import path from "node:path";
import { isoToSerial } from "../../src/core/cells/dates";
import { rowsTable, unitNames } from "../../src/core/model";
import { NationalJsonSchema } from "../../src/core/engine/json";
import { compareRounds } from "../../src/core/compare/compare";
import { bmcRound } from "../../src/examples/bmc-2015";
import { exampleRound } from "../../src/examples/rounds";
import { GENERATED_NOTE } from "../../src/examples/fills";
import type { FillValue, UnitFill } from "../../src/core/engine/template";
import { tempDir } from "../helpers/files";
import { aggregateRound, def, openpyxlSheets, writeAndCheck, writeNational } from "./helpers";

const BMC = def("bmc-2015");
const T = rowsTable(BMC, "aandachtspunten")!;
const NRS = T.rijen.map((r) => r.waarden.nr);

/** A return of one region: every point Concreet uitgewerkt with a finding and a document, except `points`. */
function fill(regio: string, points: Record<string, Record<string, FillValue>> = {}): UnitFill {
  return {
    velden: {
      Jeugdzorgregio: regio,
      Meetmoment: "Vervolgmeting 2015",
      Peildatum: isoToSerial("2015-04-30"),
      Centrumgemeente: "Doetinchem",
      "Ingevuld door": "Onderzoeker BMC",
    },
    rijen: {
      aandachtspunten: Object.fromEntries(
        NRS.map((nr) => [
          nr,
          {
            oordeel: "Concreet uitgewerkt",
            bevindingen: `Bevinding ${nr}`,
            documenten: `Beleidsplan jeugd 2015, § ${nr}`,
            ...points[nr],
          },
        ]),
      ),
    },
  };
}

test("11 aandachtspunten in three themes (1–5, 6–8, 9–11), 42 jeugdzorgregio's, the factsheet's columns", () => {
  expect(NRS).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]);
  const theme = (nr: string) => T.rijen.find((r) => r.waarden.nr === nr)!.waarden.thema;
  expect(NRS.map(theme)).toEqual([
    ...Array<string>(5).fill("Samenwerking"),
    ...Array<string>(3).fill("Inzicht in problematiek en hulpaanbod"),
    ...Array<string>(3).fill("Veilig Thuis"),
  ]);
  expect(T.rijen[0].waarden.aandachtspunt).toBe("Afspraken rond informatie-uitwisseling");
  expect(T.rijen[10].waarden.aandachtspunt).toBe(
    "Heldere afspraken over tijdig op- en afschalen Veilig Thuis",
  );
  expect(T.kolommen.map((c) => c.kop)).toEqual([
    "Nr",
    "Thema",
    "Aandachtspunt",
    "Toetsvraag",
    "Oordeel",
    "Bevindingen",
    "Mogelijke knelpunten",
    "Mogelijke oplossingen",
    "Documentreferenties",
  ]);
  expect(unitNames(BMC)).toHaveLength(42);
  expect(new Set(unitNames(BMC)).size).toBe(42);
});

test("a complete return: every point judged Groen, completion 100 %, no issues", async () => {
  const { res } = await writeAndCheck(BMC, "Achterhoek", fill("Achterhoek"), tempDir("bmc-"));
  expect(res.result.ok).toBe(true);
  expect(res.result.issues).toEqual([]);
  expect(res.score!.invulgraad.totaal.fractie).toBe(1);
  expect(res.score!.oordelen.aandachtspunten.map((j) => j.rag)).toEqual(Array<string>(11).fill("groen"));
  expect(res.score!.eenheid!.rag).toBe("groen");
});

test("the judgement per point, a wrong answer named by its cell, a missing finding and document reference", async () => {
  const { res } = await writeAndCheck(
    BMC,
    "Twente",
    fill("Twente", {
      "2": { oordeel: "Algemeen beschreven", knelpunten: "Geen vastgelegde afspraken" },
      "3": { oordeel: "Niet gevonden", documenten: null },
      "4": { oordeel: "Onbekend", documenten: null },
      "5": { oordeel: "Misschien" },
      "6": { documenten: null },
      "7": { bevindingen: null },
    }),
    tempDir("bmc-"),
  );
  expect(res.result.ok).toBe(true);
  const j = res.score!.oordelen.aandachtspunten;
  expect(j.slice(0, 7).map((x) => x.rag)).toEqual([
    "groen",
    "oranje",
    "rood",
    "grijs",
    "grijs",
    "groen",
    "groen",
  ]);
  expect(j[1].uitleg).toBe(
    "Aandachtspunt 2 (Beschrijving taakverdeling ketenpartners): 'Algemeen beschreven'; knelpunt: 'Geen vastgelegde afspraken'. Regel van Regiomonitor.",
  );
  expect(res.score!.eenheid!.rag).toBe("rood");
  // Oordeel is column E, Bevindingen F, Documentreferenties I; point 1 is on row 2.
  const issues = res.result.issues.map((i) => `${i.code}@${i.blad}!${i.cel}`);
  expect(issues).toEqual(
    expect.arrayContaining([
      "ongeldig_antwoord@Aandachtspunten!E6",
      "verplicht_bij@Aandachtspunten!I7",
      "verplicht_leeg@Aandachtspunten!F8",
    ]),
  );
  expect(issues).toHaveLength(3);
  // Not found and unknown need no document reference; 3 of the 11 × 2 + 6 + 9 required cells are not valid.
  expect(res.score!.invulgraad.totaal.fractie).toBeLessThan(1);
  expect(res.score!.invulling.rag).toBe("rood");
});

describe("a round of 42 regions and its nulmeting", () => {
  const dir = tempDir("bmc-ronde-");
  let nieuw: Awaited<ReturnType<typeof writeNational>>;
  let oud: Awaited<ReturnType<typeof writeNational>>;
  const xlsx = path.join(dir, "landelijk.xlsx");

  beforeAll(async () => {
    const round = exampleRound(BMC, { annexCsv: "", taskforceCsv: "" })!;
    expect(round.vorige?.naam).toBe("nulmeting-2014");
    // Said wherever the round is named (demo): the 2014 round is constructed, not published.
    expect(round.vorige?.bron).toContain("GECONSTRUEERD");
    const report = await aggregateRound(BMC, round.retouren, path.join(dir, "2015"));
    nieuw = await writeNational(BMC, report, xlsx);
    const before = await aggregateRound(BMC, round.vorige!.retouren, path.join(dir, "2014"));
    oud = await writeNational(BMC, before, path.join(dir, "landelijk-nulmeting-2014.xlsx"));
  });

  test("generated answers say so", () => {
    for (const r of bmcRound(BMC, 0)) {
      const rows = r.fill.rijen!.aandachtspunten;
      for (const nr of NRS) expect(rows[nr].bevindingen).toContain(GENERATED_NOTE);
    }
  });

  test("national JSON: vragen[] with the shares per point, regios[] of the 42 regions", () => {
    expect(NationalJsonSchema.parse(nieuw)).toEqual(nieuw);
    expect(nieuw.ontvangen).toBe(42);
    expect(nieuw.regios!.map((r) => r.regio)).toEqual(unitNames(BMC));
    expect(nieuw.regios!.every((r) => r.meetmoment === "Vervolgmeting 2015")).toBe(true);
    const p1 = nieuw.vragen!.find((q) => q.nr === "1")!;
    // Point 1 follows the published shares: a quarter concrete, half general, a quarter none.
    expect(p1.opties).toEqual([
      { antwoord: "Concreet uitgewerkt", aantal: 11, percentage: 26.2 },
      { antwoord: "Algemeen beschreven", aantal: 20, percentage: 47.6 },
      { antwoord: "Niet gevonden", aantal: 11, percentage: 26.2 },
    ]);
    expect(p1.gegevensOnbekend).toEqual({ aantal: 0, percentage: 0 });
    expect(p1.totaal).toBe(42);
    for (const q of nieuw.vragen!)
      expect(q.opties.reduce((a, o) => a + o.aantal, 0) + q.gegevensOnbekend.aantal).toBe(42);
  });

  test("the national tables read back by openpyxl: shares per point and a factsheet per region", () => {
    const sheets = openpyxlSheets(xlsx);
    expect(Object.keys(sheets).slice(0, 5)).toEqual([
      "Landelijk overzicht",
      "Retouren",
      "Aandeel per aandachtspunt",
      "Oordelen landelijk",
      "Regio × aandachtspunt",
    ]);
    // A sheet name cannot hold '/': Midden-IJssel/Oost-Veluwe becomes Midden-IJssel-Oost-Veluwe.
    expect(Object.keys(sheets).slice(5)).toEqual(unitNames(BMC).map((n) => n.replace("/", "-")));
    const shares = sheets["Aandeel per aandachtspunt"];
    const row = shares.find((r) => r[0] === "1" && r[2] === "Algemeen beschreven")!;
    expect(row[3]).toBe(20);
    expect(row[4]).toBeCloseTo(20 / 42, 10);
    const fs = sheets["Midden-IJssel-Oost-Veluwe"].flat();
    expect(fs[0]).toBe(
      "Regiomonitor · Factsheet Midden-IJssel/Oost-Veluwe (Vervolgmeting 2015, peildatum 30-04-2015)",
    );
    expect(fs).toContain(
      `${GENERATED_NOTE} Bevinding bij aandachtspunt 11 voor Midden-IJssel/Oost-Veluwe (Vervolgmeting 2015).`,
    );
  });

  test("the nulmeting 2014 compared with the vervolgmeting 2015, per point and option", () => {
    const c = compareRounds(oud, nieuw, { oud: "landelijk-nulmeting-2014.json", nieuw: "landelijk.json" });
    expect(c.oud.meetmoment).toBe("Nulmeting 2014");
    expect(c.nieuw.meetmoment).toBe("Vervolgmeting 2015");
    expect(c.zelfdeDefinitie).toBe(true);
    expect(c.vragen.map((q) => q.nr)).toEqual(NRS);
    for (const q of c.vragen) {
      const o = oud.vragen!.find((x) => x.nr === q.nr)!;
      const n = nieuw.vragen!.find((x) => x.nr === q.nr)!;
      const general = q.opties.find((x) => x.antwoord === "Algemeen beschreven")!;
      expect(general.oud.aantal).toBe(o.opties.find((x) => x.antwoord === "Algemeen beschreven")!.aantal);
      expect(general.nieuw.aantal).toBe(n.opties.find((x) => x.antwoord === "Algemeen beschreven")!.aantal);
    }
    const notFound = (j: typeof oud) => j.vragen!.reduce((a, q) => a + q.opties[2].aantal, 0);
    expect(notFound(nieuw)).toBeLessThan(notFound(oud));
  });
});
