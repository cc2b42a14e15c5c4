/** The task pane's "Vergelijk met vorige meting" and "Exporteer deze meting" logic, without React or Excel. */
import { rowsTable } from "../../src/core/model";
import { toNationalJson, type NationalJson } from "../../src/core/engine/json";
import { COMPARE_SHEET } from "../../src/core/layout/compare";
import { isOwnedSheet } from "../../src/core/sheet-model";
import {
  compareWithPrevious,
  comparisonSummary,
  currentRoundJson,
  CURRENT_ROUND,
  exportFileName,
} from "../../src/core";
import { entryFromInput, nationalResult } from "../../src/taskpane/features/import/national";
import { DEF as def, validInput } from "../helpers/inputs";

const milestones = rowsTable(def, "mijlpalen")!.rijen.length;
const { report } = nationalResult(
  ["Gouda", "Alkmaar", "Almere"].map((r) => entryFromInput(validInput(r, `${r}.xlsx`), def)),
  def,
);
const current = (): NationalJson => JSON.parse(currentRoundJson(def, report)) as NationalJson;

describe("compareWithPrevious", () => {
  test("the export of this round compared with itself: everything compared, nothing changed", () => {
    const r = compareWithPrevious(currentRoundJson(def, report), "vorige.json", def, report);
    if (!r.ok) throw new Error(r.fouten.join("\n"));
    expect(r.model.name).toBe(COMPARE_SHEET);
    expect(r.comparison.oud.bestand).toBe("vorige.json");
    expect(r.comparison.nieuw.bestand).toBe(CURRENT_ROUND);
    expect(r.comparison.regios).toEqual([]);
    expect(r.comparison.nietVergeleken).toEqual([]);
    expect(r.comparison.mijlpalen.length).toBe(milestones);
    expect(r.samenvatting).toContain(
      `Vergeleken: ${r.comparison.vragen.length} vragen en ${milestones} mijlpalen.`,
    );
    expect(r.samenvatting).toContain("Geen regio heeft een ander oordeel");
    expect(r.samenvatting).toContain("Alles is vergeleken.");
  });

  test("a region that was Rood and a question only in the old round are reported", () => {
    const prev = current();
    const gouda = prev.regios!.find((x) => x.regio === "Gouda")!;
    expect(gouda.rag).not.toBe("rood");
    gouda.rag = "rood";
    const extra = { ...prev.vragen![0], nr: "99", vraag: "Een vraag van toen" };
    prev.vragen!.push(extra);
    const r = compareWithPrevious(JSON.stringify(prev), "start.json", def, report);
    if (!r.ok) throw new Error(r.fouten.join("\n"));
    expect(r.comparison.regios).toEqual([
      expect.objectContaining({ regio: "Gouda", oud: "rood", richting: "beter" }),
    ]);
    expect(r.samenvatting).toContain("1 regio heeft een ander oordeel (RAG): 1 beter, 0 slechter (Gouda).");
    expect(r.samenvatting).toContain("1 onderdeel komt in maar één van beide metingen voor");
    // The sheet is one Regiomonitor owns (replaced on the next comparison).
    expect(isOwnedSheet(r.model.rows[0][0].v)).toBe(true);
  });

  test("a bad file gives Dutch messages naming the file and the path; nothing to write", () => {
    const prev = current() as unknown as { mijlpalen: { rag: Record<string, unknown> }[] };
    prev.mijlpalen[0].rag.groen = "veel";
    const r = compareWithPrevious(JSON.stringify(prev), "kapot.json", def, report);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fouten[0]).toMatch(
      /^kapot\.json: mijlpalen\[0\]\.rag\.groen: moet .* zijn, maar is tekst 'veel'/,
    );
    const notJson = compareWithPrevious("{ niet", "notities.json", def, report);
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.fouten[0]).toMatch(/^notities\.json: geen geldige JSON/);
  });
});

describe("the export of this round", () => {
  test("is what `regiomonitor aggregate --json` writes, and reads back as a previous round", () => {
    const text = currentRoundJson(def, report);
    expect(text).toBe(JSON.stringify(toNationalJson(def, report), null, 2) + "\n");
    expect(exportFileName(def)).toBe(`Regiomonitor-landelijk-${def.id}-${def.versie}.json`);
    expect(exportFileName({ id: "a b/c", versie: "1" })).toBe("Regiomonitor-landelijk-a_b_c-1.json");
  });

  test("a previous round of another version: the summary says so first", () => {
    const prev = JSON.parse(currentRoundJson(def, report));
    prev.definitie.versie = "0.9";
    const r = compareWithPrevious(JSON.stringify(prev), "v.json", def, report);
    if (!r.ok) throw new Error(r.fouten.join("\n"));
    expect(r.samenvatting.startsWith(`Let op: Andere versie van '${def.naam}' (${def.id})`)).toBe(true);
    expect(r.samenvatting).toContain("de oude meting is van versie 0.9");
    expect(comparisonSummary(r.comparison)).not.toContain("Let op");
  });

  test("a previous round of another monitor is refused with a Dutch message", () => {
    const prev = JSON.parse(currentRoundJson(def, report));
    prev.definitie = { id: "bmc-2015", versie: "1.0", naam: "BMC 2015 Regierol gemeenten" };
    const r = compareWithPrevious(JSON.stringify(prev), "bmc.json", def, report);
    expect(r).toEqual({
      ok: false,
      fouten: [
        `Niet vergeleken: de oude meting is van 'BMC 2015 Regierol gemeenten' (bmc-2015), de nieuwe van '${def.naam}' (${def.id}). Metingen van verschillende monitors zijn niet te vergelijken. Kies twee metingen van dezelfde monitor.`,
      ],
    });
  });
});
