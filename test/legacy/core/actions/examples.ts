/**
 * Example action-monitor workbooks.
 *
 * - `actiemonitor-2013` from data/taskforce-acties-2013.csv (the published Taskforce monitor 2013):
 *   opleverdatum and kwaliteitseisen as in the CSV; status from `stand_van_zaken` (`Gestart`, `Niet gestart`;
 *   any other text, e.g. "Monitoringsinstrument vastgesteld", becomes `Gestart` with the text in Toelichting).
 *   The CSV does not give the date of the nulmeting, and no date is invented: the nulmeting is left empty
 *   and the published category goes into the column "Verschuiving t.o.v. nulmeting". Where
 *   `ten_opzichte_van_nulmeting` is empty, the publication only says (in total) that 3 actions moved earlier
 *   and 14 stayed the same, not which: such an action gets `eerder of gelijk`. Toelichting says so on every row.
 * - `ghnt-2018`: the CSV gives only the actions. Status, kwaliteitseisen and dates are GENERATED
 *   deterministically (a hash of the action id), and every row says so in Toelichting.
 */
import { addMonths, daysInMonth, iso, isoToSerial } from "../../../../src/core/cells/dates";
import { fold } from "../../../../src/core/cells/text";
import { parseCsv } from "../../../../src/core/examples/csv";
import type { ActionDefinition, Shift } from "./schema";
import type { ActionFill } from "./template";

export const GENERATED_NOTE = "Gegenereerd voorbeeld (geen echte stand van zaken).";

/** The status a `stand_van_zaken` text of the 2013 monitor is read as. */
function statusFromStand(def: ActionDefinition, stand: string): { status: string; exact: boolean } {
  const hit = def.statussen.find((s) => fold(s.label) === fold(stand));
  if (hit) return { status: hit.label, exact: true };
  const started = def.statussen.find((s) => fold(s.label) === "gestart");
  if (!started) throw new Error("status 'Gestart' ontbreekt in de definitie");
  return { status: started.label, exact: false };
}

export function taskforce2013Fills(def: ActionDefinition, csvText: string): Record<string, ActionFill> {
  const out: Record<string, ActionFill> = {};
  for (const row of parseCsv(csvText)) {
    const nr = row.nr.trim();
    const shift = (row.ten_opzichte_van_nulmeting ?? "").trim().toLowerCase();
    if (
      shift !== "" &&
      shift !== "later" &&
      shift !== "zonder einddatum" &&
      shift !== "eerder" &&
      shift !== "gelijk"
    )
      throw new Error(`taskforce-acties-2013.csv, actie ${nr}: onbekende verschuiving '${shift}'`);
    const { status, exact } = statusFromStand(def, row.stand_van_zaken.trim());
    const notes: string[] = [];
    if (!exact) notes.push(`Stand van zaken 2013: '${row.stand_van_zaken.trim()}'; gelezen als '${status}'.`);
    const fill: ActionFill = {
      opleverdatum: row.opleverdatum.trim() || null,
      kwaliteitseisen: row.kwaliteitseisen.trim() || undefined,
      status,
    };
    if (shift === "") {
      fill.nulmeting = null;
      fill.verschuiving = "eerder of gelijk";
      notes.push(
        "Opleverdatum nulmeting staat niet in de bron; de gepubliceerde monitor meldt voor deze actie geen latere datum (3 acties eerder en 14 gelijk, zonder te zeggen welke): 'eerder of gelijk'.",
      );
    } else {
      fill.nulmeting = null;
      fill.verschuiving = shift as Shift;
      notes.push(
        `Opleverdatum nulmeting staat niet in de bron; de verschuiving '${shift}' t.o.v. de nulmeting komt uit de gepubliceerde Taskforce-monitor 2013.`,
      );
    }
    fill.toelichting = notes.join(" ");
    out[nr] = fill;
  }
  for (const r of def.rijen) {
    if (!out[r[def.sleutel]]) throw new Error(`taskforce-acties-2013.csv: actie ${r[def.sleutel]} ontbreekt`);
  }
  return out;
}

/** FNV-1a hash: a stable pseudo-random choice per action. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const PHASE1_STATUS = [
  ...Array<string>(7).fill("Voltooid"),
  ...Array<string>(4).fill("Conform planning"),
  ...Array<string>(4).fill("Gestart"),
  ...Array<string>(3).fill("Vertraagd"),
  "Niet gestart",
  "Vervallen",
];
const PHASE2_STATUS = [
  ...Array<string>(3).fill("Voltooid"),
  ...Array<string>(5).fill("Conform planning"),
  ...Array<string>(5).fill("Gestart"),
  ...Array<string>(4).fill("Vertraagd"),
  ...Array<string>(2).fill("Niet gestart"),
  "Vervallen",
];

/**
 * Generated answers for ghnt-2018: per action (by id) a status, kwaliteitseisen and dates, from a hash of
 * the id. Actions planned in phase 1 (concretiseren) have their nulmeting in 2019 and are further along;
 * phase 2 (uitvoering) in 2020–2021. A delayed action is 3, 6, 7 or 12 months later, or has no end date.
 */
export function ghnt2018Fills(def: ActionDefinition): Record<string, ActionFill> {
  const out: Record<string, ActionFill> = {};
  const phaseKey = def.groeperingen.find((g) => /fase/i.test(g.kolom))?.kolom ?? "fase";
  for (const r of def.rijen) {
    const id = r[def.sleutel];
    const h = hash(`ghnt-2018|${id}`);
    const phase1 = /fase 1/i.test(r[phaseKey] ?? "");
    const q = h % 20;
    const kwaliteitseisen = q < 3 ? "Nader te bepalen" : q === 3 ? "Niet van toepassing" : "Vastgesteld";
    const statuses = phase1 ? PHASE1_STATUS : PHASE2_STATUS;
    const status = statuses[(h >>> 8) % statuses.length];
    const year = phase1 ? 2019 : 2020 + ((h >>> 16) % 2);
    const month = 1 + ((h >>> 20) % 12);
    const nul = iso(year, month, daysInMonth(year, month));
    let oplever: number | string = isoToSerial(nul);
    const notes = [GENERATED_NOTE];
    if (status === "Vertraagd") {
      const pick = (h >>> 26) % 5;
      if (pick === 4) {
        oplever = "Nog te bepalen";
        notes.push("Vertraagd: nieuwe opleverdatum nog niet bekend.");
      } else {
        const months = [3, 6, 7, 12][pick];
        oplever = isoToSerial(addMonths(nul, months));
        notes.push(`Vertraagd: opgeleverd ${months} maanden na de planning van de nulmeting.`);
      }
    } else if ((status === "Gestart" || status === "Niet gestart") && (h >>> 28) % 4 === 0) {
      oplever = isoToSerial(addMonths(nul, 2));
    }
    out[id] = {
      opleverdatum: oplever,
      nulmeting: isoToSerial(nul),
      kwaliteitseisen,
      status,
      toelichting: notes.join(" "),
    };
  }
  return out;
}
