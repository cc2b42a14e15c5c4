/** The national report as JSON: a zod-described, documented export (see docs/json-export.md). */
import { z } from "zod";
import type { Definition } from "../definition/schema";
import { formatIso } from "../../../../src/core/cells/dates";
import { percent1, type NationalReport } from "./aggregate";

const RagCounts = z.object({
  groen: z.number().int(),
  oranje: z.number().int(),
  rood: z.number().int(),
  grijs: z.number().int(),
});
const Percentage = z.number().describe("percentage with one decimal, e.g. 78.4");

export const NationalJsonSchema = z.object({
  definitie: z.object({ id: z.string(), versie: z.string() }),
  verwacht: z.number().int().describe("number of regions in the definition (N)"),
  ontvangen: z.number().int().describe("regions with a counted return"),
  mijlpalen: z.array(
    z.object({
      code: z.string(),
      mijlpaal: z.string(),
      gerealiseerd: z.number().int().describe("Gereed + Gedeeltelijk"),
      waarvanGedeeltelijk: z.number().int(),
      percentageGerealiseerd: Percentage.describe("gerealiseerd ÷ verwacht × 100, one decimal"),
      status: z
        .record(z.string(), z.number().int())
        .describe("count per status label, plus 'Gegevens onbekend'"),
      rag: RagCounts,
    }),
  ),
  vragen: z.array(
    z.object({
      nr: z.string(),
      vraag: z.string(),
      opties: z.array(z.object({ antwoord: z.string(), aantal: z.number().int(), percentage: Percentage })),
      gegevensOnbekend: z.object({ aantal: z.number().int(), percentage: Percentage }),
      totaal: z.number().int(),
    }),
  ),
  regios: z.array(
    z.object({
      regio: z.string(),
      ontvangen: z.boolean(),
      bestand: z.string().nullable(),
      meetmoment: z.string().nullable(),
      peildatum: z.string().nullable().describe("dd-mm-jjjj (end of the interval when typed as text)"),
      invulgraad: Percentage.nullable(),
      rag: z.enum(["groen", "oranje", "rood", "grijs"]).nullable(),
      ragUitleg: z.string(),
      fouten: z.number().int(),
      waarschuwingen: z.number().int(),
      dubbel: z.array(z.string()).describe("other files returned for this region, not counted"),
    }),
  ),
  bestanden: z.array(
    z.object({
      bestand: z.string(),
      regio: z.string().nullable(),
      status: z.enum(["meegeteld", "dubbel, niet meegeteld", "overgeslagen"]),
      reden: z.string(),
      fouten: z.number().int(),
      waarschuwingen: z.number().int(),
    }),
  ),
  open: z.array(z.object({ regio: z.string(), nr: z.string(), vraag: z.string(), antwoord: z.string() })),
});

export type NationalJson = z.infer<typeof NationalJsonSchema>;

export function toNationalJson(def: Definition, r: NationalReport): NationalJson {
  const GO = "Gegevens onbekend";
  const json: NationalJson = {
    definitie: r.definitie,
    verwacht: r.verwacht,
    ontvangen: r.ontvangen,
    mijlpalen: r.mijlpalen.map((m) => ({
      code: m.code,
      mijlpaal: m.label,
      gerealiseerd: m.gerealiseerd,
      waarvanGedeeltelijk: m.waarvanGedeeltelijk,
      percentageGerealiseerd: percent1(m.fractieGerealiseerd),
      status: { ...m.status, [GO]: m.gegevensOnbekend },
      rag: { ...m.rag },
    })),
    vragen: r.vragen.map((q) => ({
      nr: q.nr,
      vraag: q.vraag,
      opties: q.opties.map((o) => ({
        antwoord: o.antwoord,
        aantal: o.aantal,
        percentage: percent1(o.fractie),
      })),
      gegevensOnbekend: {
        aantal: q.gegevensOnbekend.aantal,
        percentage: percent1(q.gegevensOnbekend.fractie),
      },
      totaal: q.totaal,
    })),
    regios: r.regios.map((x) => ({
      regio: x.regio,
      ontvangen: x.ontvangen,
      bestand: x.bestand,
      meetmoment: x.meetmoment,
      peildatum: x.peildatum ? formatIso(x.peildatum.end) : null,
      invulgraad: x.invulgraad === null ? null : percent1(x.invulgraad),
      rag: x.rag,
      ragUitleg: x.ragUitleg,
      fouten: x.fouten,
      waarschuwingen: x.waarschuwingen,
      dubbel: x.dubbel,
    })),
    bestanden: r.bestanden.map((b) => ({ ...b })),
    open: r.open.map((o) => ({ regio: o.regio, nr: o.nr, vraag: o.vraag, antwoord: o.antwoord })),
  };
  void def;
  return NationalJsonSchema.parse(json);
}
