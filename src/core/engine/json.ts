/**
 * The national report as JSON, one shape for every monitor (docs/json-export.md): a zod-described,
 * documented export. A key is present when the monitor has the table: `mijlpalen[]` (row distributions),
 * `vragen[]` (answer distributions), `regios[]` (units), `open[]` (open answers), `groepen[]`,
 * `verschuiving[]` and `acties[]` (judged rows with their groups), `kleuren`/`voltooid`/`perStatus`
 * (totals of the judged rows). `definitie`, `verwacht`, `ontvangen` and `bestanden[]` are always there.
 */
import { NEUTRAL_WORDS, VocabularySchema, vocabulary, type Vocabulary } from "../model/vocabulary";
import { z } from "zod";
import { formatIso } from "../cells/dates";
import { round1 } from "../cells/text";
import { fieldsTable, findMonitor, rowsTable } from "../model";
import type { Monitor } from "../model/schema";
import { SHIFT_CATEGORIES } from "./shift";
import { GEGEVENS_ONBEKEND } from "./national";
import type { GroupRow, NationalReport } from "./national-types";
import { answerText, type UnitReturn } from "./values";

const RAG = z.enum(["groen", "oranje", "rood", "grijs"]);
const RagCounts = z.object({
  groen: z.number().int(),
  oranje: z.number().int(),
  rood: z.number().int(),
  grijs: z.number().int(),
});
const Percentage = z.number().describe("percentage with one decimal, e.g. 78.4");
const Counts = z.record(z.string(), z.number().int());

const GroupRowJson = z.object({
  waarde: z.string(),
  label: z.string(),
  acties: z.number().int().describe("judged rows in the group"),
  kleuren: RagCounts,
  voltooid: z.number().int().describe("rows whose status option has weight 1"),
  percentageVoltooid: Percentage,
  perStatus: Counts.describe("count per status label, plus '(leeg of ongeldig)'"),
});

export const NationalJsonSchema = z.object({
  definitie: z.object({
    id: z.string(),
    versie: z.string(),
    naam: z.string().optional().describe("the monitor's name, e.g. 'Regiomonitor RAK 2008-2010'"),
    woorden: VocabularySchema.optional().describe(
      "the monitor's words (unit, kind of row, what counts as done, rounds), for every text made from this JSON",
    ),
  }),
  ronde: z
    .object({
      peildatumVan: z.string().nullable().describe("earliest Peildatum of the counted returns, dd-mm-jjjj"),
      peildatumTot: z.string().nullable().describe("latest Peildatum of the counted returns, dd-mm-jjjj"),
      meetmomenten: z.array(z.string()).describe("the Meetmomenten of the counted returns, sorted"),
    })
    .optional(),
  verwacht: z.number().int().describe("number of units in the definition (N); 0 without units"),
  ontvangen: z.number().int().describe("units with a counted return; without units the counted files"),
  meetmoment: z
    .string()
    .nullable()
    .optional()
    .describe(
      "without units: the Meetmoment(en) of the counted returns, e.g. 'Voorjaar 2013' (with units: regios[])",
    ),
  peildatum: z
    .object({ van: z.string(), tot: z.string() })
    .nullable()
    .optional()
    .describe("without units: the earliest and latest Peildatum (dd-mm-jjjj) of the counted returns"),
  mijlpalen: z
    .array(
      z.object({
        code: z.string(),
        mijlpaal: z.string(),
        gerealiseerd: z.number().int().describe("options with weight > 0 (Gereed + Gedeeltelijk)"),
        waarvanGedeeltelijk: z.number().int().describe("of which 0 < weight < 1"),
        percentageGerealiseerd: Percentage.describe("gerealiseerd ÷ verwacht × 100, one decimal"),
        status: Counts.describe("count per status label, plus 'Gegevens onbekend'"),
        rag: RagCounts,
      }),
    )
    .optional(),
  vragen: z
    .array(
      z.object({
        nr: z.string(),
        /** The number to show where `nr` is an internal key (the choice columns of open rows: 1, 2, ...). */
        nummer: z.string().optional(),
        vraag: z.string(),
        opties: z.array(z.object({ antwoord: z.string(), aantal: z.number().int(), percentage: Percentage })),
        gegevensOnbekend: z.object({ aantal: z.number().int(), percentage: Percentage }),
        totaal: z.number().int(),
      }),
    )
    .optional(),
  regios: z
    .array(
      z.object({
        regio: z.string(),
        ontvangen: z.boolean(),
        bestand: z.string().nullable(),
        meetmoment: z.string().nullable(),
        peildatum: z.string().nullable().describe("dd-mm-jjjj (end of the interval when typed as text)"),
        invulgraad: Percentage.nullable(),
        rag: RAG.nullable(),
        ragUitleg: z.string(),
        fouten: z.number().int(),
        waarschuwingen: z.number().int(),
        dubbel: z.array(z.string()).describe("other files returned for this unit, not counted"),
        leden: z
          .array(z.string())
          .optional()
          .describe("the unit's members (a region's municipalities), when the definition has them"),
        velden: z
          .record(z.string(), z.string().nullable())
          .optional()
          .describe(
            "a counted unit's fields without a role (e.g. 'Ingevuld door'), as read; null when empty or invalid (the next round's workbook)",
          ),
      }),
    )
    .optional(),
  bestanden: z.array(
    z.object({
      bestand: z.string(),
      regio: z.string().nullable().describe("the unit of the file; null without units or when unknown"),
      status: z.enum(["meegeteld", "dubbel, niet meegeteld", "overgeslagen"]),
      reden: z.string(),
      fouten: z.number().int(),
      waarschuwingen: z.number().int(),
    }),
  ),
  open: z
    .array(z.object({ regio: z.string(), nr: z.string(), vraag: z.string(), antwoord: z.string() }))
    .optional(),
  regioRijen: z
    .array(
      z.object({
        regio: z.string(),
        tabel: z.string().describe("the rows table's id, e.g. 'mijlpalen'"),
        blad: z.string().describe("the sheet of the rows table, e.g. 'Mijlpalen'"),
        nr: z.string(),
        vraag: z.string(),
        geldt: z.boolean().describe("false when the row does not apply to the unit"),
        antwoord: z.string().nullable().describe("the main cell as read; null when empty or invalid"),
        oordeel: RAG.nullable().describe("the row's judgement; null when the table is not judged"),
        uitleg: z.string().nullable(),
      }),
    )
    .optional()
    .describe("per counted unit return, every row of the tables in the national tables (factsheets)"),
  kleuren: RagCounts.optional().describe("colours of all judged rows (acties)"),
  voltooid: z.number().int().optional(),
  percentageVoltooid: Percentage.optional(),
  perStatus: Counts.optional(),
  groepen: z
    .array(
      z.object({
        titel: z.string(),
        kolom: z.string().describe("header of the group's column(s)"),
        rijen: z.array(GroupRowJson),
        totaal: GroupRowJson,
      }),
    )
    .optional(),
  verschuiving: z
    .array(
      z.object({
        categorie: z.enum([...SHIFT_CATEGORIES, "onbekend"]),
        aantal: z.number().int(),
        waarvanOpgegeven: z.number().int().describe("from the stated category, not from the dates"),
      }),
    )
    .optional(),
  acties: z
    .array(
      z
        .object({
          sleutel: z.string(),
          eenheid: z
            .string()
            .nullable()
            .optional()
            .describe("the unit the row came from (monitors with units)"),
          label: z.string().describe("the row's label (its label column)"),
          bestand: z.string().describe("the return the row was taken from"),
          oordeel: RAG,
          regel: z.string(),
          uitleg: z.string(),
          verschuiving: z.enum(SHIFT_CATEGORIES).nullable(),
          verschuivingBron: z.enum(["datums", "opgegeven", "onbekend"]),
          cel: z.string().nullable().describe("blad!cel of the row's main cell"),
        })
        .catchall(z.string().nullable())
        .describe("plus the fixed columns and the choice columns, by column id"),
    )
    .optional(),
});

export type NationalJson = z.infer<typeof NationalJsonSchema>;

const pct = (fraction: number) => round1(fraction * 100);

function groupRowJson(g: GroupRow): z.infer<typeof GroupRowJson> {
  return {
    waarde: g.waarde,
    label: g.label,
    acties: g.aantal,
    kleuren: { ...g.rag },
    voltooid: g.voltooid,
    percentageVoltooid: pct(g.fractieVoltooid),
    perStatus: { ...g.perStatus },
  };
}

export function toNationalJson(def: Monitor, r: NationalReport): NationalJson {
  const kinds = new Set(def.landelijk.map((t) => t.soort));
  const json: NationalJson = {
    definitie: {
      id: r.definitie.id,
      versie: r.definitie.versie,
      naam: r.definitie.naam,
      woorden: vocabulary(def),
    },
    ronde: roundOf(r),
    verwacht: r.verwacht,
    ontvangen: r.ontvangen,
  } as NationalJson;
  // The round of a monitor without units that has a Meetmoment or Peildatum field (with units: regios[]).
  const roles = new Set(fieldsTable(def)?.velden.map((f) => f.rol) ?? []);
  const counted = def.eenheden ? [] : (r.meegeteld ?? []);
  if (!def.eenheden && roles.has("meetmoment")) {
    const meet = [...new Set(counted.flatMap((c) => (c.ret.meetmoment ? [c.ret.meetmoment] : [])))].sort();
    json.meetmoment = meet.length > 0 ? meet.join(" / ") : null;
  }
  if (!def.eenheden && roles.has("peildatum")) {
    const ends = counted.flatMap((c) => (c.ret.peildatum ? [c.ret.peildatum.end] : [])).sort();
    json.peildatum =
      ends.length > 0 ? { van: formatIso(ends[0]), tot: formatIso(ends[ends.length - 1]) } : null;
  }

  if (kinds.has("rijverdeling"))
    json.mijlpalen = Object.values(r.rijverdelingen)
      .flat()
      .map((m) => ({
        code: m.sleutel,
        mijlpaal: m.label,
        gerealiseerd: m.gerealiseerd,
        waarvanGedeeltelijk: m.waarvanGedeeltelijk,
        percentageGerealiseerd: pct(m.fractieGerealiseerd),
        status: { ...m.status, [GEGEVENS_ONBEKEND]: m.gegevensOnbekend },
        rag: { ...m.rag },
      }));
  if (kinds.has("antwoorden"))
    json.vragen = Object.values(r.antwoorden)
      .flat()
      .map((q) => ({
        nr: q.sleutel,
        ...(q.nummer !== q.sleutel ? { nummer: q.nummer } : {}),
        vraag: q.label,
        opties: q.opties.map((o) => ({ antwoord: o.antwoord, aantal: o.aantal, percentage: pct(o.fractie) })),
        gegevensOnbekend: {
          aantal: q.gegevensOnbekend.aantal,
          percentage: pct(q.gegevensOnbekend.fractie),
        },
        totaal: q.totaal,
      }));
  if (def.eenheden)
    json.regios = r.eenheden.map((x) => ({
      regio: x.eenheid,
      ontvangen: x.ontvangen,
      bestand: x.bestand,
      meetmoment: x.meetmoment,
      peildatum: x.peildatum ? formatIso(x.peildatum.end) : null,
      invulgraad: x.invulgraad === null ? null : pct(x.invulgraad),
      rag: x.rag,
      ragUitleg: x.ragUitleg,
      fouten: x.fouten,
      waarschuwingen: x.waarschuwingen,
      dubbel: [...x.dubbel],
      ...(members(def, x.eenheid) ? { leden: members(def, x.eenheid) } : {}),
      ...(x.counted ? { velden: plainFields(def, x.counted.ret) } : {}),
    }));
  json.bestanden = r.bestanden.map((b) => ({
    bestand: b.bestand,
    regio: b.eenheid,
    status: b.status,
    reden: b.reden,
    fouten: b.fouten,
    waarschuwingen: b.waarschuwingen,
  }));
  if (kinds.has("open"))
    json.open = r.open.map((o) => ({
      regio: o.eenheid,
      nr: o.sleutel,
      vraag: o.label,
      antwoord: o.antwoord,
    }));

  if (def.eenheden) json.regioRijen = unitRows(def, r);

  if (kinds.has("groepen")) {
    if (r.totaal) {
      json.kleuren = { ...r.totaal.rag };
      json.voltooid = r.totaal.voltooid;
      json.percentageVoltooid = pct(r.totaal.fractieVoltooid);
      json.perStatus = { ...r.totaal.perStatus };
    }
    json.groepen = r.groepen.map((g) => ({
      titel: g.titel,
      kolom: g.kolom,
      rijen: g.rijen.map(groupRowJson),
      totaal: groupRowJson(g.totaal),
    }));
    // The judged rows of the grouped tables, with the fixed columns and the choice columns.
    const tables = [...new Set(def.landelijk.flatMap((t) => (t.soort === "groepen" ? [t.tabel] : [])))];
    json.acties = tables.flatMap((id) => {
      const t = rowsTable(def, id);
      if (!t) return [];
      const choices = t.kolommen.filter(
        (c) => !c.vast && c.type === "keuze" && c.id !== t.verschuiving?.opgegeven,
      );
      return (r.rijen[id] ?? []).map((j) => {
        const row: Record<string, string | null> = { ...j.row.vast };
        for (const c of choices) {
          const cell = j.row.cellen[c.id];
          row[c.id] = cell?.state === "waarde" ? cell.tekst : null;
        }
        return {
          sleutel: j.row.sleutel,
          label: j.row.label,
          bestand: j.bestand,
          ...row,
          ...(def.eenheden ? { eenheid: j.eenheid } : {}),
          oordeel: j.oordeel.rag,
          regel: j.oordeel.regel,
          uitleg: j.oordeel.uitleg,
          verschuiving: j.verschuiving.categorie,
          verschuivingBron: j.verschuiving.bron,
          cel: j.row.bron ? `${j.row.bron.blad}!${j.row.bron.cel}` : null,
        };
      });
    });
  }
  if (rowsTableWithShift(def)) json.verschuiving = r.verschuiving.map((s) => ({ ...s }));
  return NationalJsonSchema.parse(json);
}

/** The fields without a role of a return, by name, as read (the next round shows them beside the field). */
function plainFields(def: Monitor, ret: UnitReturn): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const f of fieldsTable(def)?.velden ?? []) {
    if (f.rol) continue;
    out[f.naam] = answerText(ret.velden[f.naam]);
  }
  return out;
}

function members(def: Monitor, unit: string): string[] | undefined {
  return def.eenheden?.namen.find((n) => n.naam === unit)?.leden;
}

/** Peildatum range and Meetmomenten of the counted returns (the title of a report). */
function roundOf(r: NationalReport): NonNullable<NationalJson["ronde"]> {
  const counted = r.meegeteld ?? r.eenheden.flatMap((u) => (u.counted ? [u.counted] : []));
  const dates = counted.flatMap((c) => (c.ret.peildatum ? [c.ret.peildatum.end] : [])).sort();
  const moments = [...new Set(counted.flatMap((c) => (c.ret.meetmoment ? [c.ret.meetmoment] : [])))];
  return {
    peildatumVan: dates.length > 0 ? formatIso(dates[0]) : null,
    peildatumTot: dates.length > 0 ? formatIso(dates[dates.length - 1]) : null,
    meetmomenten: moments.sort((a, b) => a.localeCompare(b, "nl")),
  };
}

/** Every row of the rows tables that have a national table, per counted unit return (its factsheet). */
function unitRows(def: Monitor, r: NationalReport): NonNullable<NationalJson["regioRijen"]> {
  const ids = [
    ...new Set(
      def.landelijk.flatMap((t) => (t.soort === "retouren" || t.soort === "groepen" ? [] : [t.tabel])),
    ),
  ];
  return r.eenheden.flatMap((u) => {
    const c = u.counted;
    if (!c) return [];
    return ids.flatMap((id) => {
      const t = rowsTable(def, id);
      if (!t) return [];
      return (c.ret.tabellen[id] ?? []).map((row, i) => {
        const cell = row.cellen[t.hoofdkolom];
        const judged = c.score.oordelen[id]?.[i] ?? null;
        return {
          regio: u.eenheid,
          tabel: id,
          blad: t.blad,
          nr: row.sleutel,
          vraag: row.label,
          geldt: row.geldt,
          antwoord: answerText(cell),
          oordeel: judged?.rag ?? null,
          uitleg: judged?.uitleg ?? null,
        };
      });
    });
  });
}

function rowsTableWithShift(def: Monitor): boolean {
  return def.tabellen.some((t) => t.vorm === "rijen" && t.verschuiving !== undefined && t.oordeel);
}

/**
 * The export of a monitor with units, row distributions, answers and open answers (RAK): the same shape
 * with those tables required.
 */
export const RegionalNationalJsonSchema = NationalJsonSchema.required({
  mijlpalen: true,
  vragen: true,
  regios: true,
  open: true,
});
export type RegionalNationalJson = z.infer<typeof RegionalNationalJsonSchema>;

/**
 * The monitor's words of a national JSON: those it carries; for an export made before it carried them, the
 * built-in monitor's of that id (that version if there); else neutral words.
 */
export function wordsOfJson(definitie: { id: string; versie: string; woorden?: Vocabulary }): Vocabulary {
  if (definitie.woorden) return definitie.woorden;
  const d = findMonitor(definitie.id, definitie.versie) ?? findMonitor(definitie.id);
  return d ? vocabulary(d) : NEUTRAL_WORDS;
}
