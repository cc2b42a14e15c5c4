/**
 * The example rounds as fills (UnitFill) for the one template builder.
 *
 * - `rak-2008-2010`, from the published annex (data/rak-regio-mijlpalen-2011-01-15.csv, regio × mijlpaal,
 *   peildatum 15-01-2011). Milestones M4–M6 come from the annex; M1–M3 and M7 were Gereed everywhere.
 *   Questionnaire answers are NOT in the annex: they are generated deterministically per region so that the
 *   national tables have something to show.
 * - `actiemonitor-2013`, from data/taskforce-acties-2013.csv (the published Taskforce monitor 2013):
 *   opleverdatum and kwaliteitseisen as in the CSV; status from `stand_van_zaken` (`Gestart`, `Niet gestart`;
 *   any other text, e.g. "Monitoringsinstrument vastgesteld", becomes `Gestart` with the text in Toelichting).
 *   The CSV does not give the date of the nulmeting, and no date is invented: the nulmeting is left empty
 *   and the published category goes into the column "Verschuiving t.o.v. nulmeting". Six actions publish the
 *   size of their postponement (CSV columns `uitstel`, `uitstel_bron`, `uitstel_regel`: actions 7, 15, 17, 20
 *   six months, 12 one year, 23 "ruim één jaar", seeds 000 l. 787, 1168, 1438, 1604, 1850, 2084): it goes
 *   into the column "Uitstel t.o.v. nulmeting", and Toelichting quotes the source with its line. Where
 *   `ten_opzichte_van_nulmeting` is empty, the publication only says (in total) that 3 actions moved earlier
 *   and 14 stayed the same, not which: such an action gets `eerder of gelijk`. Toelichting says so on every row.
 * - `ghnt-2018`: the CSV gives only the actions. Status, kwaliteitseisen and dates are GENERATED
 *   deterministically (a hash of the action id), and every row says so in Toelichting.
 */
import { addMonths, daysInMonth, iso, isoToSerial } from "../core/cells/dates";
import { fold } from "../core/cells/text";
import { parseCsv } from "../core/examples/csv";
import { rowsTable, scaleOf } from "../core/model";
import type { Monitor, Option, RowsTable } from "../core/model/schema";
import type { FillValue, UnitFill } from "../core/engine/template";

export const GENERATED_NOTE = "Gegenereerd voorbeeld (geen echte stand van zaken).";
export const ANNEX_PEILDATUM = "2011-01-15";

/** Annex column → milestone code. */
const ANNEX_COLUMNS: Record<string, string> = {
  werkplan: "M4",
  handelingsprotocol: "M5",
  scholingsplan: "M6",
};

/** FNV-1a hash: a stable pseudo-random choice per unit and item. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function table(def: Monitor, id: string): RowsTable {
  const t = rowsTable(def, id);
  if (!t) throw new Error(`${def.id}: tabel '${id}' ontbreekt in de definitie`);
  return t;
}

function optionsOf(def: Monitor, t: RowsTable, columnId: string): Option[] {
  const c = t.kolommen.find((k) => k.id === columnId);
  const s = scaleOf(def, c?.schaal);
  if (!s) throw new Error(`${def.id}: kolom '${columnId}' van tabel '${t.id}' heeft geen schaal`);
  return s.opties;
}

/** The option a text names (label or alias, without regard to case). */
function option(opties: Option[], text: string): string {
  const hit = opties.find((o) => [o.label, ...o.aliassen].some((x) => fold(x) === fold(text)));
  if (!hit) throw new Error(`optie '${text}' ontbreekt in de definitie`);
  return hit.label;
}

function generatedAnswers(
  def: Monitor,
  q: RowsTable,
  regio: string,
): Record<string, Record<string, FillValue>> {
  const out: Record<string, string> = {};
  for (const r of q.rijen) {
    const nr = r.waarden[q.sleutel];
    const h = hash(`${regio}|${nr}`);
    const type = r.cel?.type ?? q.kolommen.find((c) => c.id === q.hoofdkolom)?.type;
    const s = scaleOf(def, r.cel?.schaal);
    if (type === "keuze" && s) {
      const unknown = s.opties.find((o) => o.onbekend)?.label;
      const known = s.opties.filter((o) => !o.onbekend).map((o) => o.label);
      // About one answer in twelve is Onbekend; the rest leans to the first options.
      out[nr] =
        unknown && h % 12 === 0
          ? unknown
          : known[Math.min(known.length - 1, Math.floor(((h >>> 4) % 100) / 45))];
    } else if (type === "tekst" && nr.endsWith("a")) {
      out[nr] = `Voorbeeldantwoord ${nr} van ${regio}`;
    }
  }
  if (out.C2 === "Ja, regiocoördinator aangesteld") out.C3 = "31-12-2011";
  return Object.fromEntries(Object.entries(out).map(([nr, v]) => [nr, { [q.hoofdkolom]: v }]));
}

/** The 37 example returns of RAK 2008–2010 (Eindfoto, peildatum 15-01-2011), one fill per region. */
export function annexFills(def: Monitor, csvText: string): { eenheid: string; fill: UnitFill }[] {
  const m = table(def, "mijlpalen");
  const q = table(def, "vragenlijst");
  const statuses = optionsOf(def, m, m.hoofdkolom);
  const gereed = option(statuses, "X");
  const gedeeltelijk = option(statuses, "X (gedeeltelijk)");
  const voorbereiding = option(statuses, "In voorbereiding");
  return parseCsv(csvText).map((row) => {
    const mijlpalen: Record<string, Record<string, FillValue>> = {};
    for (const r of m.rijen) mijlpalen[r.waarden[m.sleutel]] = { status: gereed };
    for (const [col, code] of Object.entries(ANNEX_COLUMNS)) {
      const v = (row[col] ?? "").trim();
      if (v === "X") continue;
      if (/^x \(gedeeltelijk\)$/i.test(v)) {
        const note = row.opmerking ?? "";
        const expected = /verwacht\s+(.+)$/i.exec(note)?.[1] ?? "";
        mijlpalen[code] = { status: gedeeltelijk, verwachteDatum: expected, toelichting: note };
      } else {
        mijlpalen[code] = { status: voorbereiding, verwachteDatum: v };
      }
    }
    return {
      eenheid: row.regio,
      fill: {
        velden: {
          Regio: row.regio,
          Meetmoment: "Eindfoto",
          Peildatum: isoToSerial(ANNEX_PEILDATUM),
          "Ingevuld door": `Regiocoördinator ${row.regio}`,
        },
        rijen: { [m.id]: mijlpalen, [q.id]: generatedAnswers(def, q, row.regio) },
      },
    };
  });
}

const SHIFT_TEXTS = ["later", "zonder einddatum", "eerder", "gelijk"];

/** The Taskforce monitor 2013 as published (see the file comment). */
export function taskforce2013Fill(def: Monitor, csvText: string): UnitFill {
  const t = table(def, "acties");
  const statuses = optionsOf(def, t, "status").map((o) => o.label);
  const started = statuses.find((s) => fold(s) === "gestart");
  if (!started) throw new Error("status 'Gestart' ontbreekt in de definitie");
  const out: Record<string, Record<string, FillValue>> = {};
  for (const row of parseCsv(csvText)) {
    const nr = row.nr.trim();
    const shift = (row.ten_opzichte_van_nulmeting ?? "").trim().toLowerCase();
    if (shift !== "" && !SHIFT_TEXTS.includes(shift))
      throw new Error(`taskforce-acties-2013.csv, actie ${nr}: onbekende verschuiving '${shift}'`);
    const stand = row.stand_van_zaken.trim();
    const exact = statuses.find((s) => fold(s) === fold(stand));
    const status = exact ?? started;
    const notes: string[] = [];
    if (!exact) notes.push(`Stand van zaken 2013: '${stand}'; gelezen als '${status}'.`);
    notes.push(
      shift === ""
        ? "Opleverdatum nulmeting staat niet in de bron; de gepubliceerde monitor meldt voor deze actie geen latere datum (3 acties eerder en 14 gelijk, zonder te zeggen welke): 'eerder of gelijk'."
        : `Opleverdatum nulmeting staat niet in de bron; de verschuiving '${shift}' t.o.v. de nulmeting komt uit de gepubliceerde Taskforce-monitor 2013.`,
    );
    const uitstel = (row.uitstel ?? "").trim();
    if (uitstel !== "")
      notes.push(
        `Uitstel ${uitstel}: de gepubliceerde Taskforce-monitor 2013 zegt '${row.uitstel_bron.trim()}' (regel ${row.uitstel_regel.trim()}).`,
      );
    out[nr] = {
      opleverdatum: row.opleverdatum.trim() || null,
      nulmeting: null,
      kwaliteitseisen: row.kwaliteitseisen.trim() || null,
      status,
      verschuiving: shift === "" ? "eerder of gelijk" : shift,
      uitstel: uitstel || null,
      toelichting: notes.join(" "),
    };
  }
  for (const r of t.rijen) {
    const key = r.waarden[t.sleutel];
    if (!out[key]) throw new Error(`taskforce-acties-2013.csv: actie ${key} ontbreekt`);
  }
  return { rijen: { [t.id]: out } };
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
 * the id. Actions in phase 1 (concretiseren) have their nulmeting in 2019 and are further along; phase 2
 * (uitvoering) in 2020–2021. A delayed action is 3, 6, 7 or 12 months later, or has no end date.
 */
export function ghnt2018Fill(def: Monitor): UnitFill {
  const t = table(def, "acties");
  const phaseKey =
    def.landelijk.flatMap((n) => (n.soort === "groepen" && /fase/i.test(n.kolom) ? [n.kolom] : []))[0] ??
    "fase";
  const out: Record<string, Record<string, FillValue>> = {};
  for (const r of t.rijen) {
    const id = r.waarden[t.sleutel];
    const h = hash(`ghnt-2018|${id}`);
    const phase1 = /fase 1/i.test(r.waarden[phaseKey] ?? "");
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
  return { rijen: { [t.id]: out } };
}
