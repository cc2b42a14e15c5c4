/**
 * A RAK Startfoto as an example round, GENERATED from the Eindfoto of the published annex (annexFills): the
 * sources give no Startfoto per region, so every answer here is derived by fixed rules and says so.
 *
 * - Meetmoment Startfoto, Peildatum 01-03-2009 (generated; the sources only say the Startfoto was made in
 *   the first years of the programme).
 * - M1–M3 as in the Eindfoto (M3 "Startfoto gemaakt" is what this round is); M7 "Eindfoto gemaakt" is left
 *   empty (it applies only to an Eindfoto). M4–M6: a milestone the Eindfoto has Gereed is Gereed in about a
 *   third of the regions, else In voorbereiding (expected 31-12-2010); one In voorbereiding or Gedeeltelijk
 *   in the Eindfoto is Niet gestart.
 * - The C- and O-questions are left empty (they apply only to an Eindfoto); every other closed answer moves
 *   one option toward the end of its scale (before Onbekend) for about half of the regions.
 */
import { isoToSerial } from "../core/cells/dates";
import { scaleOf } from "../core/model";
import type { Monitor } from "../core/model/schema";
import { GENERATED_NOTE, hash, table } from "./fills";
import type { ExampleReturn } from "./types";
import type { FillValue } from "../core/engine/template";

export const RAK_STARTFOTO_PEILDATUM = "2009-03-01";

export function rakStartfotoFills(def: Monitor, eindfoto: readonly ExampleReturn[]): ExampleReturn[] {
  const m = table(def, "mijlpalen");
  const q = table(def, "vragenlijst");
  const status = scaleOf(def, m.kolommen.find((c) => c.id === m.hoofdkolom)?.schaal)?.opties ?? [];
  const [gereed, , voorbereiding, nietGestart] = status.map((o) => o.label);
  const main = q.kolommen.find((c) => c.id === q.hoofdkolom);
  return eindfoto.map(({ eenheid, fill }) => {
    const regio = eenheid ?? "";
    const mijlpalen: Record<string, Record<string, FillValue>> = {};
    for (const [code, cells] of Object.entries(fill.rijen?.[m.id] ?? {})) {
      if (code === "M7") continue;
      if (!["M4", "M5", "M6"].includes(code)) {
        mijlpalen[code] = { ...cells };
        continue;
      }
      const h = hash(`rak-startfoto|${regio}|${code}`);
      mijlpalen[code] =
        cells.status === gereed && h % 3 === 0
          ? { status: gereed, toelichting: GENERATED_NOTE }
          : cells.status === gereed
            ? { status: voorbereiding, verwachteDatum: "31-12-2010", toelichting: GENERATED_NOTE }
            : { status: nietGestart, toelichting: GENERATED_NOTE };
    }
    const answers: Record<string, Record<string, FillValue>> = {};
    q.rijen.forEach((row) => {
      const nr = row.waarden[q.sleutel];
      const given = fill.rijen?.[q.id]?.[nr]?.[q.hoofdkolom];
      if (/^[CO]/.test(nr) || given === undefined || given === null) return;
      const s = scaleOf(def, row.cel?.schaal ?? main?.schaal);
      const known = s?.opties.filter((o) => !o.onbekend).map((o) => o.label) ?? [];
      const k = typeof given === "string" ? known.indexOf(given) : -1;
      const worse = k >= 0 && k < known.length - 1 && hash(`rak-startfoto|${regio}|${nr}`) % 2 === 0;
      answers[nr] = { [q.hoofdkolom]: worse ? known[k + 1] : given };
    });
    return {
      eenheid,
      fill: {
        velden: {
          ...fill.velden,
          Meetmoment: "Startfoto",
          Peildatum: isoToSerial(RAK_STARTFOTO_PEILDATUM),
        },
        rijen: { [m.id]: mijlpalen, [q.id]: answers },
      },
    };
  });
}
