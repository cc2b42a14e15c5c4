/**
 * Example returns from the published annex (regio × mijlpaal, peildatum 15-01-2011). Milestones M4–M6
 * come from the annex; M1–M3 and M7 were Gereed everywhere. Questionnaire answers are NOT in the annex:
 * they are generated deterministically per region so that the national tables have something to show.
 */
import type { Definition } from "../definition/schema";
import type { TemplateModel } from "../../../../src/core/template-model";
import { parseDutchDate, type DateValue } from "../../../../src/core/cells/dates";
import { buildTemplate } from "../template";
import { parseCsv } from "../../../../src/core/examples/csv";

export interface ExampleFill {
  regio: string;
  meetmoment: string;
  peildatum: DateValue;
  ingevuldDoor: string;
  mijlpalen: Record<string, { status: string; verwachteDatum?: string; toelichting?: string }>;
  antwoorden: Record<string, string>;
}

const ANNEX_COLUMNS: Record<string, string> = {
  werkplan: "M4",
  handelingsprotocol: "M5",
  scholingsplan: "M6",
};
export const ANNEX_PEILDATUM = "15-01-2011";

/** FNV-1a hash: a stable pseudo-random choice per region and item. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function generatedAnswers(def: Definition, regio: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of def.vragenlijst.vragen) {
    const h = hash(`${regio}|${q.nr}`);
    if (q.type === "schaal" && q.schaal) {
      const s = def.schalen[q.schaal];
      const known = s.opties.filter((o) => o !== s.onbekend);
      // About one answer in twelve is Onbekend; the rest leans to the first options.
      out[q.nr] =
        s.onbekend && h % 12 === 0
          ? s.onbekend
          : known[Math.min(known.length - 1, Math.floor(((h >>> 4) % 100) / 45))];
    } else if (q.type === "tekst" && q.nr.endsWith("a")) {
      out[q.nr] = `Voorbeeldantwoord ${q.nr} van ${regio}`;
    }
  }
  if (out.C2 === "Ja, regiocoördinator aangesteld") out.C3 = "31-12-2011";
  return out;
}

export function annexFills(def: Definition, csvText: string): ExampleFill[] {
  const peildatum = parseDutchDate(ANNEX_PEILDATUM);
  if (!peildatum.ok) throw new Error("peildatum");
  const [gereed, gedeeltelijk, voorbereiding] = ["gereed", "gedeeltelijk", "voorbereiding"].map(
    (soort) => def.mijlpalen.statussen.find((s) => s.soort === soort)!.label,
  );
  return parseCsv(csvText).map((row) => {
    const mijlpalen: ExampleFill["mijlpalen"] = {};
    for (const m of def.mijlpalen.rijen) mijlpalen[m.code] = { status: gereed };
    for (const [col, code] of Object.entries(ANNEX_COLUMNS)) {
      const v = (row[col] ?? "").trim();
      if (v === "X") continue;
      if (/^x \(gedeeltelijk\)$/i.test(v)) {
        const note = row.opmerking ?? "";
        const expected = /verwacht\s+(.+)$/i.exec(note)?.[1] ?? "";
        mijlpalen[code] = { status: gedeeltelijk, toelichting: note, verwachteDatum: expected };
      } else {
        mijlpalen[code] = { status: voorbereiding, verwachteDatum: v };
      }
    }
    return {
      regio: row.regio,
      meetmoment: "Eindfoto",
      peildatum: peildatum.value,
      ingevuldDoor: `Regiocoördinator ${row.regio}`,
      mijlpalen,
      antwoorden: generatedAnswers(def, row.regio),
    };
  });
}

/** The standard template filled with an example's answers. */
export function filledTemplate(def: Definition, fill: ExampleFill): TemplateModel {
  const model = buildTemplate(def, {
    regio: fill.regio,
    meetmoment: fill.meetmoment,
    peildatum: fill.peildatum,
  });
  const [regio, mijl, vrl] = model.tables;
  const ingevuld = def.regio.velden.findIndex((f) => f.naam === "Ingevuld door");
  if (ingevuld >= 0) regio.rows[ingevuld][1] = fill.ingevuldDoor;
  def.mijlpalen.rijen.forEach((m, i) => {
    const f = fill.mijlpalen[m.code];
    if (!f) return;
    mijl.rows[i][2] = f.status;
    mijl.rows[i][4] = f.verwachteDatum ?? null;
    mijl.rows[i][5] = f.toelichting ?? null;
  });
  def.vragenlijst.vragen.forEach((q, i) => {
    vrl.rows[i][3] = fill.antwoorden[q.nr] ?? null;
  });
  return model;
}
