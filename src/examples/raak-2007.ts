/**
 * The example round of `raak-2007` (the RAAK checklist 2007): GENERATED, deterministically (a hash of region
 * and point), because no region's checklist was published. Three regions in four return; the answers lean
 * to Aanwezig, about one in ten is Onbekend; each returning region lists two to five municipalities with
 * invented names ("Voorbeeldgemeente …"). Every return says it is generated (Ingevuld door, Toelichting).
 */
import { isoToSerial } from "../core/cells/dates";
import { unitNames } from "../core/model";
import type { Monitor } from "../core/model/schema";
import { GENERATED_NOTE, hash, table } from "./fills";
import type { FillValue, UnitFill } from "../core/engine/template";

export const RAAK_PEILDATUM = "2008-03-01";
const STANDS = ["Aanwezig", "Aanwezig", "Aanwezig", "Gedeeltelijk", "Gedeeltelijk", "Afwezig"];
const DEELNAME = ["Ja", "Ja", "Ja", "Gedeeltelijk", "Nee"];

export function raak2007Fills(def: Monitor): { eenheid: string; fill: UnitFill }[] {
  const punten = table(def, "punten");
  const gemeenten = table(def, "gemeenten");
  return unitNames(def)
    .filter((regio) => hash(`raak|${regio}`) % 4 !== 0)
    .map((regio) => {
      const rows: Record<string, Record<string, FillValue>> = {};
      for (const r of punten.rijen) {
        const nr = r.waarden[punten.sleutel];
        const h = hash(`raak|${regio}|${nr}`);
        const stand = h % 10 === 0 ? "Onbekend" : STANDS[(h >>> 4) % STANDS.length];
        rows[nr] = { stand, toelichting: stand === "Gedeeltelijk" ? GENERATED_NOTE : null };
      }
      const n = 2 + (hash(`raak|${regio}|gemeenten`) % 4);
      const open = Array.from({ length: n }, (_, i) => {
        const h = hash(`raak|${regio}|gemeente ${i}`);
        const deelname = DEELNAME[h % DEELNAME.length];
        return {
          gemeente: `Voorbeeldgemeente ${regio} ${i + 1}`,
          deelname,
          meldcode: STANDS[(h >>> 3) % STANDS.length],
          contactpersoon: null,
          toelichting: GENERATED_NOTE,
        };
      });
      return {
        eenheid: regio,
        fill: {
          velden: {
            Regio: regio,
            Meetmoment: "Nulmeting",
            Peildatum: isoToSerial(RAAK_PEILDATUM),
            "Ingevuld door": GENERATED_NOTE,
          },
          rijen: { [punten.id]: rows },
          open: { [gemeenten.id]: open },
        },
      };
    });
}
