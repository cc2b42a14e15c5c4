/**
 * The example workbooks of both action monitors, built through the template path as real .xlsx files and
 * read back; their figures are checked against the CSVs in data/. The summary sheets are rendered into a
 * copy and read back as well.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { GENERATED_NOTE, ghnt2018Fill, taskforce2013Fill } from "../../src/examples/fills";
import type { CheckResult } from "../../src/core/engine/pipeline";
import type { NationalReport } from "../../src/core/engine/national-types";
import { layoutNational, ACTION_LIST_SHEET as LIST_SHEET } from "../../src/core/layout/national";
import { layoutUnitSummary, SUMMARY_SHEET } from "../../src/core/layout/unit";
import { shiftOf } from "../../src/core/engine/shift";
import { rowsTable, unitNames } from "../../src/core/model";
import { parseCsv } from "../../src/core/examples/csv";
import { OWNED_MARKER } from "../../src/core/sheet-model";
import { addSheets } from "../../src/xlsx/add-sheets";
import { readFileSync, writeFileSync } from "node:fs";
import { tempDir } from "../helpers/files";
import { sheetLink } from "../../src/core/engine/sheet-builder";
import { csvText, DEF_2013, DEF_2018, summaryOf, writeAndCheck } from "./helpers";

const OVERVIEW_SHEET = "Overzicht acties";

const count = <T>(items: T[], key: (t: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
};

let dir: string;
beforeAll(() => {
  dir = tempDir("acties-voorbeeld-");
});

describe("actiemonitor-2013 from data/taskforce-acties-2013.csv", () => {
  const csv = parseCsv(csvText("taskforce-acties-2013.csv"));
  let res: CheckResult;
  let report: NationalReport;
  const file = () => path.join(dir, "actiemonitor-2013.xlsx");

  beforeAll(async () => {
    res = await writeAndCheck(
      DEF_2013,
      taskforce2013Fill(DEF_2013, csvText("taskforce-acties-2013.csv")),
      file(),
    );
    report = summaryOf(DEF_2013, file(), res);
  });
  const acties = () => report.rijen.acties;
  const text = (c: { tekst: string | null } | undefined) => c?.tekst ?? "";

  test("the workbook: one table tblActies with the 25 fixed actions, dropdowns, protection and the recorded definition", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file());
    const ws = wb.getWorksheet("Acties")!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "Nr",
      "Actie",
      "Actiehouder",
      "Opleverdatum",
      "Opleverdatum nulmeting",
      "Kwaliteitseisen",
      "Status",
      "Verschuiving t.o.v. nulmeting",
      "Uitstel t.o.v. nulmeting",
      "Toelichting",
    ]);
    expect(ws.getCell("A26").value).toBe("25");
    expect(ws.getCell("F2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["Keuzelijsten!$A$2:$A$4"],
    });
    expect(ws.getCell("G2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["Keuzelijsten!$B$2:$B$7"],
    });
    expect(ws.getCell("G2").protection).toMatchObject({ locked: false });
    const meta = wb.getWorksheet("_regiomonitor")!;
    expect(meta.state).toBe("veryHidden");
    expect(meta.getCell("B1").value).toBe("actiemonitor-2013");
  });

  test("read back without errors or warnings; every action of the CSV is there", () => {
    expect(res.result.ok).toBe(true);
    expect(res.result.issues).toEqual([]);
    expect(acties().map((j) => j.row.sleutel)).toEqual(csv.map((r) => r.nr));
    expect(acties().map((j) => j.row.vast.actiehouder)).toEqual(csv.map((r) => r.actiehouder));
  });

  test("counts per actiehouder and per colour, against the CSV", () => {
    // Independent expectation from the CSV: no criteria → Grijs; no end date → Rood; a published postponement
    // (column uitstel, seeds 000 l. 787 ff.) of 6 months → Oranje, of a year or more → Rood (the six-month
    // rule of Regiomonitor); otherwise Gestart/Niet gestart on schedule → Groen.
    const expected = (r: Record<string, string>) =>
      r.kwaliteitseisen !== "Vastgesteld"
        ? "grijs"
        : r.ten_opzichte_van_nulmeting === "zonder einddatum"
          ? "rood"
          : r.uitstel === "6 maanden"
            ? "oranje"
            : r.uitstel !== ""
              ? "rood"
              : "groen";
    const g = report.groepen[0];
    expect(g.titel).toBe("Per actiehouder");
    const holders = [...new Set(csv.map((r) => r.actiehouder))];
    expect(g.rijen.map((x) => x.label)).toEqual(holders);
    for (const row of g.rijen) {
      const mine = csv.filter((r) => r.actiehouder === row.label);
      expect(row.aantal).toBe(mine.length);
      expect(row.rag).toEqual({ groen: 0, oranje: 0, rood: 0, grijs: 0, ...count(mine, expected) });
    }
    expect(Object.fromEntries(g.rijen.map((x) => [x.label, x.aantal]))).toEqual({
      VWS: 14,
      VenJ: 8,
      "Reclassering Nederland": 2,
      "Jeugdzorg Nederland": 1,
    });
    // Hand count from the CSV: 8 without 'Vastgesteld' criteria; 25 without an end date and 12, 23 postponed a
    // year or more are Rood; 15, 17, 20 postponed six months Oranje; the other 11 Groen.
    expect(report.totaal!.rag).toEqual({ groen: 11, oranje: 3, rood: 3, grijs: 8 });
    // Never Groen without criteria.
    for (const j of acties())
      if (text(j.row.cellen.kwaliteitseisen) !== "Vastgesteld") expect(j.oordeel.rag).toBe("grijs");
  });

  test("the shift table follows the published categories (later 6, zonder einddatum 2), marked as stated", () => {
    const byCat = Object.fromEntries(report.verschuiving.map((s) => [s.categorie, s]));
    const fromCsv = count(csv, (r) => r.ten_opzichte_van_nulmeting || "gelijk");
    expect(fromCsv).toEqual({ gelijk: 17, later: 6, "zonder einddatum": 2 });
    expect(byCat.later).toEqual({ categorie: "later", aantal: 6, waarvanOpgegeven: 6 });
    expect(byCat["zonder einddatum"]).toEqual({
      categorie: "zonder einddatum",
      aantal: 2,
      waarvanOpgegeven: 0,
    });
    // 3 earlier and 14 the same, not which: one row "eerder of gelijk", no "eerder 0" or "gelijk 17".
    expect(byCat["eerder of gelijk"]).toEqual({
      categorie: "eerder of gelijk",
      aantal: 17,
      waarvanOpgegeven: 17,
    });
    expect(byCat.gelijk).toBeUndefined();
    expect(byCat.eerder).toBeUndefined();
    expect(byCat.onbekend).toBeUndefined();
  });

  test("honest example: no nulmeting date is invented; Toelichting says where the shift comes from", () => {
    const acts = rowsTable(DEF_2013, "acties")!;
    for (const j of acties()) {
      const row = csv.find((r) => r.nr === j.row.sleutel)!;
      const o = j.row.cellen.opleverdatum;
      expect(o.state === "waarde" ? o.datum!.tekst : "").toBe(
        ["Nog te bepalen", "Nader te bepalen"].includes(row.opleverdatum) ? "" : row.opleverdatum,
      );
      expect(j.row.cellen.nulmeting.state).toBe("leeg");
      expect(j.verschuiving).toEqual(shiftOf(acts, j.row));
      if (row.ten_opzichte_van_nulmeting) {
        expect(text(j.row.cellen.toelichting)).toContain(
          `de verschuiving '${row.ten_opzichte_van_nulmeting}' t.o.v. de nulmeting komt uit de gepubliceerde Taskforce-monitor 2013`,
        );
      } else {
        expect(text(j.row.cellen.verschuiving)).toBe("eerder of gelijk");
        expect(text(j.row.cellen.toelichting)).toContain(
          "3 acties eerder en 14 gelijk, zonder te zeggen welke",
        );
      }
    }
    // 'Monitoringsinstrument vastgesteld' is read as Gestart, and Toelichting says so.
    expect(text(acties()[0].row.cellen.status)).toBe("Gestart");
    expect(text(acties()[0].row.cellen.toelichting)).toContain("'Monitoringsinstrument vastgesteld'");
  });

  test("the summary sheets are owned, and hold the figures and the explanation per action", async () => {
    if (!res.result.ok || !res.score) throw new Error("niet gelezen");
    const models = [
      layoutUnitSummary(DEF_2013, res.result.ret, res.score, res.result.issues),
      ...layoutNational(DEF_2013, report),
    ];
    expect(models.map((m) => m.name)).toEqual([
      SUMMARY_SHEET,
      "Landelijk overzicht",
      OVERVIEW_SHEET,
      LIST_SHEET,
    ]);
    const copy = path.join(dir, "actiemonitor-2013-samenvatting.xlsx");
    writeFileSync(copy, await addSheets(readFileSync(file()), models, "actiemonitor-2013.xlsx"));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(copy);
    const ov = back.getWorksheet(OVERVIEW_SHEET)!;
    expect(String(ov.getCell("A1").value)).toMatch(new RegExp(`^${OWNED_MARKER}`));
    const rows = ov.getSheetValues().filter(Boolean) as unknown[][];
    const find = (label: string) => rows.find((r) => r[1] === label)!;
    expect(find("VWS").slice(1, 9)).toEqual(["VWS", 14, 5, 2, 1, 6, 0, 0]);
    expect(find("later").slice(1, 5)).toEqual(["later", 6, 0.24, 6]);
    expect(find("zonder einddatum").slice(1, 3)).toEqual(["zonder einddatum", 2]);
    const list = back.getWorksheet(LIST_SHEET)!;
    expect(String(list.getCell("A1").value)).toMatch(new RegExp(`^${OWNED_MARKER}`));
    // Row 5 is action 1: key linked to its source cell, colour filled, explanation.
    // The link is a location inside the workbook (ExcelJS does not read those back: see the package XML).
    expect(list.getCell("A5").value).toBe("1");
    // The model links the key to the action's main cell (Status, G2) in the workbook itself.
    const listModel = models.find((m) => m.name === LIST_SHEET)!;
    expect(listModel.rows[4][0]).toMatchObject({ v: "1", link: sheetLink("Acties", "G2") });
    expect(list.getCell("J5").value).toBe("Groen");
    expect(list.getCell("K29").value).toBe(
      "Rood: status 'Niet gestart' zonder einddatum (opleverdatum 'Nader te bepalen'). Regel van Regiomonitor.",
    );
    expect(list.getCell("I16").value).toBe("later (opgegeven)");
    expect(list.getCell("H16").value).toBe("1 jaar");
  });
});

describe("ghnt-2018 from data/ghnt-acties-2018.csv (answers generated by code)", () => {
  const csv = parseCsv(csvText("ghnt-acties-2018.csv"));
  const regions = parseCsv(csvText("ghnt-regios-2018.csv"));
  let res: CheckResult;
  let report: NationalReport;
  const acts = rowsTable(DEF_2018, "acties")!;

  beforeAll(async () => {
    const file = path.join(dir, "ghnt-2018.xlsx");
    res = await writeAndCheck(DEF_2018, ghnt2018Fill(DEF_2018), file);
    report = summaryOf(DEF_2018, file, res);
  });

  test("the definition holds the 95 actions of the CSV and no units", () => {
    expect(acts.rijen).toHaveLength(95);
    expect(acts.rijen.map((r) => r.waarden[acts.sleutel])).toEqual(csv.map((r) => r.id));
    // The monitor has no units: the 30 regions of the CSV are not part of the definition any more.
    expect(regions).toHaveLength(30);
    expect(unitNames(DEF_2018)).toEqual([]);
  });

  test("read back without errors; every row says it is generated", () => {
    expect(res.result.ok).toBe(true);
    expect(res.result.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(report.rijen.acties).toHaveLength(95);
    for (const j of report.rijen.acties)
      expect(j.row.cellen.toelichting.tekst).toMatch(
        new RegExp(`^${GENERATED_NOTE.replace(/[().]/g, "\\$&")}`),
      );
  });

  test("per actielijn, per bouwsteen and per phase at publication: counts from the CSV, colours add up, % voltooid", () => {
    const [perLijn, perBouwsteen, perFase] = report.groepen;
    expect(perLijn.rijen.map((x) => [x.label, x.aantal])).toEqual(
      Object.entries(count(csv, (r) => r.actielijn)),
    );
    expect(perLijn.rijen.map((x) => x.aantal)).toEqual([35, 30, 28, 2]);
    expect(perBouwsteen.rijen.map((x) => [x.label, x.aantal])).toEqual(
      Object.entries(count(csv, (r) => `${r.bouwsteen_id} ${r.bouwsteen}`)),
    );
    expect(perBouwsteen.rijen).toHaveLength(27);
    expect(perFase.rijen.map((x) => [x.label, x.aantal])).toEqual([
      ["Fase 1 concretiseren", count(csv, (r) => r.fase)["Fase 1"]],
      ["Fase 2 uitvoering", count(csv, (r) => r.fase)["Fase 2"]],
    ]);
    expect(perFase.rijen.map((x) => x.aantal)).toEqual([57, 38]);
    for (const g of report.groepen) {
      for (const x of g.rijen) {
        expect(x.rag.groen + x.rag.oranje + x.rag.rood + x.rag.grijs).toBe(x.aantal);
        expect(x.fractieVoltooid).toBeCloseTo(x.voltooid / x.aantal, 10);
      }
      expect(g.totaal.aantal).toBe(95);
      expect(g.rijen.reduce((s, x) => s + x.voltooid, 0)).toBe(g.totaal.voltooid);
    }
    const fills = ghnt2018Fill(DEF_2018).rijen!.acties;
    expect(report.totaal!.voltooid).toBe(Object.values(fills).filter((f) => f.status === "Voltooid").length);
    // The generated data are deterministic: these figures do not change between runs.
    expect(report.totaal!.rag).toEqual({ groen: 49, oranje: 17, rood: 5, grijs: 24 });
    expect(report.totaal!.voltooid).toBe(23);
  });
});
