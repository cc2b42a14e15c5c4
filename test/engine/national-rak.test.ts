/**
 * National aggregation of the one engine for RAK 2008–2010: the 37 example workbooks give the stored
 * national JSON (deep-equal), the figures of the domain README, duplicates, a missing unit, order
 * independence, and the changed returns the old parity test covered (an invalid status and date, a
 * Startfoto, an unknown region, empty answers, an unreadable file), asserted directly.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readReturn, wantedSources } from "../../src/core/engine/read";
import { makeIssue } from "../../src/core/issues";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { UnreadableFileError } from "../../src/xlsx/unreadable";
import { writeExampleWorkbooks } from "../helpers/example-files";
import { tempDir } from "../helpers/files";
import { aggregate } from "../../src/core/engine/national";
import { toNationalJson, NationalJsonSchema } from "../../src/core/engine/json";
import type { ReturnEntry } from "../../src/core/engine/national-types";
import { findMonitor } from "../../src/core/model";
import { compareRounds, parseNationalExport } from "../../src/core/compare/compare";
import type { WorkbookInput } from "../../src/core/grid";
import { safeFileName } from "../../src/xlsx/files";
import { exampleFills, setAnswer, setField, setStatus, validInput } from "../helpers/inputs";

const M = findMonitor("rak-2008-2010")!;

const fileName = (regio: string) => `Regiomonitor-${safeFileName(regio)}.xlsx`;
const entry = (input: WorkbookInput): ReturnEntry => ({
  bestand: input.bestand,
  result: readReturn(M, input),
});
/** A file the host could not open: one `bestand_onleesbaar` issue, as the hosts report it. */
function unreadable(bestand: string, reden: string): ReturnEntry["result"] {
  const issue = makeIssue("bestand_onleesbaar", { bestand }, { reden });
  return { ok: false, reden: issue.bericht, issues: [issue] };
}
const examples = (): ReturnEntry[] =>
  exampleFills().map((f) => entry(validInput(f.eenheid, fileName(f.eenheid))));

test("the national JSON of the 37 example workbooks has only the keys of the tables RAK has", () => {
  const json = toNationalJson(M, aggregate(M, examples()));
  // Only the keys of the tables RAK has: no action-monitor keys.
  expect(Object.keys(json)).toEqual([
    "definitie",
    "ronde",
    "verwacht",
    "ontvangen",
    "mijlpalen",
    "vragen",
    "regios",
    "bestanden",
    "open",
    "regioRijen",
  ]);
  expect(NationalJsonSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(json);
});

test("the figures of the domain README: M4 36 of 37, M5 29 of 37 (2 partly), RAG 27/9/1/0, M6 36", () => {
  const r = aggregate(M, examples());
  expect(r.verwacht).toBe(37);
  expect(r.ontvangen).toBe(37);
  const m = new Map(r.rijverdelingen.mijlpalen.map((x) => [x.sleutel, x]));
  expect(m.get("M4")!.gerealiseerd).toBe(36);
  expect(m.get("M5")).toMatchObject({
    gerealiseerd: 29,
    waarvanGedeeltelijk: 2,
    rag: { groen: 27, oranje: 9, rood: 1, grijs: 0 },
  });
  expect(m.get("M5")!.fractieGerealiseerd).toBeCloseTo(29 / 37);
  expect(m.get("M6")!.gerealiseerd).toBe(36);
  // The judgements come from scoreReturn: the unit rows carry the same RAG as each unit's own score.
  for (const u of r.eenheden) expect(u.rag).toBe(u.counted!.score.eenheid!.rag);
  expect(r.rijen.mijlpalen).toHaveLength(37 * 7);
});

test("the result does not depend on the input order", () => {
  const e = examples();
  const a = toNationalJson(M, aggregate(M, e));
  const b = toNationalJson(M, aggregate(M, [...e].reverse()));
  const c = toNationalJson(M, aggregate(M, [...e.slice(20), ...e.slice(0, 20)]));
  expect(b).toEqual(a);
  expect(c).toEqual(a);
  expect(JSON.stringify(b)).toBe(JSON.stringify(a));
});

test("two returns for one region: the later Peildatum counts, the other is 'dubbel, niet meegeteld'", () => {
  const old = setField(validInput("Gouda", "a-Gouda-oud.xlsx"), "Peildatum", "01-03-2010");
  const recent = validInput("Gouda", "z-Gouda-nieuw.xlsx"); // Peildatum 15-01-2011
  for (const order of [
    [old, recent],
    [recent, old],
  ]) {
    const r = aggregate(M, order.map(entry));
    const gouda = r.eenheden.find((u) => u.eenheid === "Gouda")!;
    expect(gouda).toMatchObject({
      ontvangen: true,
      bestand: "z-Gouda-nieuw.xlsx",
      dubbel: ["a-Gouda-oud.xlsx"],
    });
    expect(r.bestanden.map((b) => [b.bestand, b.status])).toEqual([
      ["a-Gouda-oud.xlsx", "dubbel, niet meegeteld"],
      ["z-Gouda-nieuw.xlsx", "meegeteld"],
    ]);
    expect(r.bestanden[0].reden).toBe(
      "Tweede retour voor Gouda; 'z-Gouda-nieuw.xlsx' (peildatum 15-01-2011) telt mee.",
    );
    expect(r.issues.map((i) => [i.code, i.bestand])).toEqual([["dubbele_retour", "a-Gouda-oud.xlsx"]]);
    expect(r.ontvangen).toBe(1);
  }
  // Same Peildatum and errors: the first file name counts.
  const r = aggregate(M, [validInput("Gouda", "b.xlsx"), validInput("Gouda", "a.xlsx")].map(entry));
  expect(r.eenheden.find((u) => u.eenheid === "Gouda")!.bestand).toBe("a.xlsx");
});

test("a missing region counts as Gegevens onbekend and grijs; a file without region is skipped", () => {
  const e = examples().filter((x) => x.bestand !== fileName("Gouda"));
  const noRegion = entry(setField(validInput("Gouda", "zonder-regio.xlsx"), "Regio", null));
  const unreadable: ReturnEntry = {
    bestand: "kapot.xlsx",
    result: readReturn(M, { bestand: "kapot.xlsx", definitie: null, bladen: [], grids: [] }),
  };
  const r = aggregate(M, [...e, noRegion, unreadable]);
  expect(r.verwacht).toBe(37);
  expect(r.ontvangen).toBe(36);
  const gouda = r.eenheden.find((u) => u.eenheid === "Gouda")!;
  expect(gouda).toMatchObject({ ontvangen: false, bestand: null, rag: null });
  expect(gouda.ragUitleg).toBe("Niet ontvangen: telt als 'Gegevens onbekend'.");
  const skipped = r.bestanden.filter((b) => b.status === "overgeslagen");
  expect(skipped.map((b) => b.bestand)).toEqual(["kapot.xlsx", "zonder-regio.xlsx"]);
  expect(skipped[1].reden).toBe(
    "De regio is leeg of onbekend (blad Regio); het bestand kan aan geen regio worden toegekend.",
  );
  expect(skipped[0].reden).toBe(unreadable.result.issues.find((i) => i.severity === "fout")!.bericht);
  const full = aggregate(M, examples());
  const m7 = (x: typeof r) => x.rijverdelingen.mijlpalen.find((m) => m.sleutel === "M1")!;
  expect(m7(r).gegevensOnbekend).toBe(m7(full).gegevensOnbekend + 1);
  expect(m7(r).rag.grijs).toBe(m7(full).rag.grijs + 1);
  expect(m7(r).gerealiseerd + m7(r).gegevensOnbekend).toBeLessThanOrEqual(37);
  const v1 = (x: typeof r) => x.antwoorden.vragenlijst.find((q) => q.sleutel === "V1")!;
  expect(v1(r).gegevensOnbekend.aantal).toBe(v1(full).gegevensOnbekend.aantal + 1);
  expect(v1(r).totaal).toBe(37);
  expect(r.open.some((o) => o.eenheid === "Gouda")).toBe(false);
  expect(full.open.some((o) => o.eenheid === "Gouda")).toBe(true);
});

test("compare reads the engine's JSON: a round without Gouda against the full round", () => {
  const full = toNationalJson(M, aggregate(M, examples()));
  const less = toNationalJson(
    M,
    aggregate(
      M,
      examples().filter((x) => x.bestand !== fileName("Gouda")),
    ),
  );
  const text = JSON.stringify(less, null, 2);
  const parsed = parseNationalExport(text, "oud.json");
  if (!parsed.ok) throw new Error(parsed.fouten.join("\n"));
  const c = compareRounds(parsed.json, full, { oud: "oud.json", nieuw: "nieuw.json" });
  expect(c.zelfdeDefinitie).toBe(true);
  expect(c.oud).toMatchObject({ verwacht: 37, ontvangen: 36, meetmoment: "Eindfoto" });
  expect(c.regios).toEqual([
    {
      regio: "Gouda",
      oud: null,
      nieuw: full.regios!.find((r) => r.regio === "Gouda")!.rag,
      richting: "nu ontvangen",
    },
  ]);
  expect(c.mijlpalen).toHaveLength(7);
  expect(c.vragen).toHaveLength(full.vragen!.length);
  expect(c.nietVergeleken).toEqual([]);
  // Regional rounds have no action sections.
  expect("acties" in c || "kleuren" in c).toBe(false);
});

test("real files: the 37 example workbooks written as .xlsx and read back give the JSON of the same answers in memory", async () => {
  const dir = tempDir("national-");
  const files = await writeExampleWorkbooks(dir);
  expect(files).toHaveLength(37);
  const wanted = wantedSources(M);
  const entries: ReturnEntry[] = [];
  for (const file of files) {
    const bestand = path.basename(file);
    const input = await readXlsx(readFileSync(file), wanted, bestand);
    entries.push({ bestand, result: readReturn(M, input) });
  }
  expect(toNationalJson(M, aggregate(M, entries))).toEqual(toNationalJson(M, aggregate(M, examples())));
  // A file that is no workbook is skipped with its reason; the 37 still aggregate.
  const bad = "geen-werkmap.xlsx";
  writeFileSync(path.join(dir, bad), "dit is geen werkmap");
  let reden = "";
  try {
    await readXlsx(readFileSync(path.join(dir, bad)), wanted, bad);
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    reden = e.reden;
  }
  expect(reden).not.toBe("");
  const withBad = aggregate(M, [...entries, { bestand: bad, result: unreadable(bad, reden) }]);
  expect(withBad.ontvangen).toBe(37);
  const row = withBad.bestanden.find((b) => b.bestand === bad)!;
  expect(row.status).toBe("overgeslagen");
  expect(row.reden).toContain(reden);
});

/** The national JSON of the 37 examples with the return of `regio` changed by `f`. */
function changed(regio: string, f: (i: WorkbookInput) => WorkbookInput) {
  const inputs = exampleFills().map((x) => {
    const i = validInput(x.eenheid, fileName(x.eenheid));
    return x.eenheid === regio ? f(i) : i;
  });
  return toNationalJson(M, aggregate(M, inputs.map(entry)));
}
const regioRow = (j: ReturnType<typeof changed>, regio: string) => j.regios!.find((r) => r.regio === regio)!;
const mijlpaal = (j: ReturnType<typeof changed>, code: string) => j.mijlpalen!.find((m) => m.code === code)!;
const vraag = (j: ReturnType<typeof changed>, nr: string) => j.vragen!.find((v) => v.nr === nr)!;

test("an invalid status counts as Gegevens onbekend and grijs; the return still counts, with its errors", () => {
  const j = changed("Gouda", (i) => setStatus(i, "M2", "Half af"));
  expect(mijlpaal(j, "M2")).toMatchObject({
    gerealiseerd: 36,
    percentageGerealiseerd: 97.3,
    status: { "Gereed / in uitvoering": 36, "Gegevens onbekend": 1 },
    rag: { groen: 36, oranje: 0, rood: 0, grijs: 1 },
  });
  expect(regioRow(j, "Gouda")).toMatchObject({
    ontvangen: true,
    invulgraad: 97.4,
    rag: "oranje",
    ragUitleg: "Oranje: slechtste oordeel van de mijlpalen (M5); 0 Rood, 1 Oranje, 1 Grijs, 5 Groen.",
    fouten: 1,
    waarschuwingen: 0,
  });
  expect(j.bestanden.find((b) => b.bestand === fileName("Gouda"))).toMatchObject({
    status: "meegeteld",
    fouten: 1,
  });
  // An impossible date in an answer: an error and a warning, the milestones still all green.
  const e = changed("Ede", (i) => setAnswer(i, "C3", "31-02-2011"));
  expect(regioRow(e, "Ede")).toMatchObject({ rag: "groen", fouten: 1, waarschuwingen: 1, invulgraad: 100 });
  expect(e.ontvangen).toBe(37);
});

test("a Startfoto counts as received, but not for M7 and the questionnaire", () => {
  const full = toNationalJson(M, aggregate(M, examples()));
  const j = changed("Delft", (i) => setField(i, "Meetmoment", "Startfoto"));
  expect(j.ontvangen).toBe(37);
  expect(regioRow(j, "Delft")).toMatchObject({
    ontvangen: true,
    meetmoment: "Startfoto",
    rag: "oranje",
    ragUitleg: "Oranje: slechtste oordeel van de mijlpalen (M5); 0 Rood, 1 Oranje, 0 Grijs, 5 Groen.",
    fouten: 0,
    waarschuwingen: 6,
  });
  expect(mijlpaal(j, "M7")).toMatchObject({ gerealiseerd: 36, rag: { groen: 36, grijs: 1 } });
  expect(mijlpaal(j, "M7").status["Gegevens onbekend"]).toBe(1);
  expect(mijlpaal(j, "M1")).toEqual(mijlpaal(full, "M1"));
  expect(vraag(j, "C1").gegevensOnbekend).toEqual({ aantal: 4, percentage: 10.8 });
  expect(vraag(full, "C1").gegevensOnbekend).toEqual({ aantal: 3, percentage: 8.1 });
});

test("an unknown region: the file is skipped and the region counts as not received", () => {
  const j = changed("Leiden", (i) => setField(i, "Regio", "Atlantis"));
  expect(j.ontvangen).toBe(36);
  expect(regioRow(j, "Leiden")).toMatchObject({ ontvangen: false, bestand: null, rag: null });
  expect(j.regios!.some((r) => r.regio === "Atlantis")).toBe(false);
  const row = j.bestanden.find((b) => b.bestand === fileName("Leiden"))!;
  expect(row).toMatchObject({ regio: null, status: "overgeslagen" });
  expect(row.reden).toBe(
    "De regio is leeg of onbekend (blad Regio); het bestand kan aan geen regio worden toegekend.",
  );
  expect(mijlpaal(j, "M1")).toMatchObject({ gerealiseerd: 36, rag: { groen: 36, grijs: 1 } });
});

test("empty answers count as Gegevens onbekend; an empty open answer is not listed", () => {
  const j = changed("Emmen", (i) => setAnswer(setAnswer(i, "V1", null), "O1a", null));
  expect(vraag(j, "V1")).toMatchObject({
    opties: [
      { antwoord: "Alle", aantal: 15, percentage: 40.5 },
      { antwoord: "Een deel", aantal: 15, percentage: 40.5 },
      { antwoord: "Geen", aantal: 3, percentage: 8.1 },
    ],
    gegevensOnbekend: { aantal: 4, percentage: 10.8 },
    totaal: 37,
  });
  expect(regioRow(j, "Emmen")).toMatchObject({
    invulgraad: 94.4,
    rag: "groen",
    fouten: 2,
    waarschuwingen: 0,
  });
  expect(j.open!.filter((o) => o.regio === "Emmen").map((o) => o.nr)).toEqual(["O2a", "O3a"]);
});
