/**
 * The example rounds of `bmc-2015` and `ghnt-2018-startfoto`, as fills for the one template builder. Every
 * answer is GENERATED deterministically (a hash of the unit and item) and every text says so
 * (GENERATED_NOTE); only the totals the documents publish are followed:
 *
 * - bmc-2015: two rounds, the nulmeting 2014 (peildatum 30-04-2014, "voorjaar 2014", seeds 003 l. 99–102)
 *   and the vervolgmeting 2015 (peildatum 30-04-2015: the documents were analysed in March and April 2015,
 *   l. 1458–1459). The nulmeting leans to "Niet gevonden" (l. 226–246: the regierol was seldom described),
 *   the vervolgmeting to "Algemeen beschreven". In 2015 the points whose shares the report publishes are
 *   CONSTRUCTED to match them (PUBLISHED_2015, see docs/gepubliceerde-cijfers.md); which regions is generated.
 *   The nulmeting is scored on the 11 points of 2015, which came out of the 2015 study (l. 196–199): the
 *   nulmeting round is constructed, not what 2014 published.
 * - ghnt-2018-startfoto: one Startfoto (peildatum 31-10-2018, second half of 2018, seeds 004 l. 150). Half
 *   of the 30 regions has a projectleider (l. 146–147) and twenty name MDA++ as a speerpunt or will
 *   (l. 343–344); which regions is generated.
 */
import { isoToSerial } from "../core/cells/dates";
import { rowsTable, scaleOf, unitNames } from "../core/model";
import type { Monitor, RowsTable } from "../core/model/schema";
import { GENERATED_NOTE, hash } from "./fills";
import type { ExampleReturn, ExampleRound } from "./types";
import type { FillValue } from "../core/engine/template";

function table(def: Monitor, id: string): RowsTable {
  const t = rowsTable(def, id);
  if (!t) throw new Error(`${def.id}: tabel '${id}' ontbreekt in de definitie`);
  return t;
}

/** The labels of a scale, known options first, the unknown one last. */
function labels(def: Monitor, schaal: string | undefined): { known: string[]; unknown: string | null } {
  const s = scaleOf(def, schaal);
  if (!s) throw new Error(`${def.id}: schaal '${schaal ?? "?"}' ontbreekt`);
  return {
    known: s.opties.filter((o) => !o.onbekend).map((o) => o.label),
    unknown: s.opties.find((o) => o.onbekend)?.label ?? null,
  };
}

/** Units ordered by a hash: the first `n` get the published answer (which ones is generated). */
function picked(units: string[], salt: string, n: number): Set<string> {
  return new Set([...units].sort((a, b) => hash(`${salt}|${a}`) - hash(`${salt}|${b}`)).slice(0, n));
}

export const BMC_ROUNDS = [
  { meetmoment: "Nulmeting 2014", peildatum: "2014-04-30", schuif: 0 },
  { meetmoment: "Vervolgmeting 2015", peildatum: "2015-04-30", schuif: 1 },
] as const;

/**
 * The shares the 2015 report publishes per aandachtspunt, as counts of the 42 regions (concreet uitgewerkt,
 * algemeen beschreven, niet gevonden). Where the report gives only one share, the rest is split by this
 * example (marked "verdeeld").
 */
export const PUBLISHED_2015: Record<string, { concreet: number; algemeen: number; niet: number }> = {
  // l. 311–313: a quarter no agreements, half general ones, a quarter concrete.
  "1": { concreet: 11, algemeen: 20, niet: 11 },
  // l. 558–566: named in three quarters of the regions (32), concrete actions in a third (14).
  "4": { concreet: 14, algemeen: 18, niet: 10 },
  // l. 669–673: a third has not worked out the cooperation with the police (14); the rest verdeeld.
  "5": { concreet: 10, algemeen: 18, niet: 14 },
  // l. 883–887: three quarters do not name the target group specifically (32 not concrete); verdeeld.
  "7": { concreet: 10, algemeen: 20, niet: 12 },
  // l. 1291–1293: in a third of the regions the regie is not clear (14); the rest verdeeld.
  "11": { concreet: 10, algemeen: 18, niet: 14 },
};

/** The returns of one BMC round (`ronde` 0: nulmeting 2014, 1: vervolgmeting 2015), one per region. */
export function bmcRound(def: Monitor, ronde: 0 | 1): ExampleReturn[] {
  const t = table(def, "aandachtspunten");
  const main = t.kolommen.find((c) => c.id === t.hoofdkolom);
  const { known, unknown } = labels(def, main?.schaal);
  const [concreet, algemeen, niet] = known;
  const r = BMC_ROUNDS[ronde];
  const units = unitNames(def);
  // The points with published shares in 2015: the first regions by a hash get the concrete answer, the next
  // the general one, the rest none (counts scaled to the number of regions when it is not 42).
  const published = (nr: string, u: string): string | null => {
    const share = ronde === 1 ? PUBLISHED_2015[nr] : undefined;
    if (!share) return null;
    const scale = (n: number) => Math.round((n * units.length) / 42);
    const order = [...units].sort((a, b) => hash(`bmc|${nr}|${a}`) - hash(`bmc|${nr}|${b}`));
    const i = order.indexOf(u);
    const c = scale(share.concreet);
    return i < c ? concreet : i < c + scale(share.algemeen) ? algemeen : niet;
  };
  return units.map((regio) => {
    const rows: Record<string, Record<string, FillValue>> = {};
    for (const row of t.rijen) {
      const nr = row.waarden[t.sleutel];
      const h = hash(`bmc|${r.meetmoment}|${regio}|${nr}`);
      // Nulmeting: mostly not found; vervolgmeting: one step further on most points.
      const base =
        ronde === 0 ? [niet, niet, algemeen, niet, concreet] : [algemeen, algemeen, concreet, niet, algemeen];
      let oordeel: string = unknown && h % 17 === 0 ? unknown : base[(h >>> 5) % base.length];
      oordeel = published(nr, regio) ?? oordeel;
      const judged = oordeel === concreet || oordeel === algemeen;
      rows[nr] = {
        oordeel,
        bevindingen: `${GENERATED_NOTE} Bevinding bij aandachtspunt ${nr} voor ${regio} (${r.meetmoment}).`,
        knelpunten:
          oordeel === concreet ? null : `${GENERATED_NOTE} Mogelijk knelpunt bij aandachtspunt ${nr}.`,
        oplossingen:
          oordeel === concreet ? null : `${GENERATED_NOTE} Mogelijke oplossing bij aandachtspunt ${nr}.`,
        documenten: judged
          ? `Voorbeeld: beleidsplan jeugd ${regio} ${r.peildatum.slice(0, 4)}, § ${1 + (h % 9)}`
          : null,
      };
    }
    return {
      eenheid: regio,
      fill: {
        velden: {
          Jeugdzorgregio: regio,
          Meetmoment: r.meetmoment,
          Peildatum: isoToSerial(r.peildatum),
          Centrumgemeente: `Voorbeeld: centrumgemeente van ${regio}`,
          "Ingevuld door": `Onderzoeksteam. ${GENERATED_NOTE}`,
        },
        rijen: { [t.id]: rows },
      },
    };
  });
}

export const STARTFOTO_PEILDATUM = "2018-10-31";

/** The Startfoto 2018 returns, one per region (see the file comment). */
export function startfotoRound(def: Monitor): ExampleReturn[] {
  const t = table(def, "startfoto");
  const units = unitNames(def);
  const withLeader = picked(units, "projectleider", Math.round(units.length / 2));
  const withMda = picked(units, "mda", Math.round((units.length * 20) / 30));
  return units.map((regio) => {
    const rows: Record<string, Record<string, FillValue>> = {};
    for (const row of t.rijen) {
      const nr = row.waarden[t.sleutel];
      const h = hash(`startfoto|${regio}|${nr}`);
      const type = row.cel?.type;
      if (type === "keuze") {
        const { known, unknown } = labels(def, row.cel?.schaal);
        let answer =
          unknown && h % 13 === 0
            ? unknown
            : known[Math.min(known.length - 1, (h >>> 4) % 100 >= 60 ? 2 : (h >>> 4) % 100 >= 25 ? 1 : 0)];
        if (nr === "S1") answer = withLeader.has(regio) ? known[0] : known[1];
        if (nr === "S8") answer = withMda.has(regio) ? known[(h >>> 3) % 2] : known[2];
        rows[nr] = { antwoord: answer };
      } else if (type === "datum") {
        if (withLeader.has(regio)) rows[nr] = { antwoord: isoToSerial(`2018-0${1 + (h % 9)}-01`) };
      } else {
        rows[nr] = { antwoord: `${GENERATED_NOTE} Antwoord op ${nr} van ${regio}.` };
      }
    }
    return {
      eenheid: regio,
      fill: {
        velden: {
          Regio: regio,
          Meetmoment: "Startfoto",
          Peildatum: isoToSerial(STARTFOTO_PEILDATUM),
          "Ingevuld door": `Regionaal projectleider ${regio}. ${GENERATED_NOTE}`,
        },
        rijen: { [t.id]: rows },
      },
    };
  });
}

const GENERATED = "GEGENEREERD door code (geen echte stand van zaken)";

/**
 * The 2014 round is constructed: 2014 published no judgement per region on these points, and the study of
 * 2015 says its aandachtspunten came out of the 2015 measurement (seeds 003 l. 196–199).
 */
const CONSTRUCTED_2014 = `${GENERATED}; GECONSTRUEERD: de nulmeting 2014 is gescoord op de 11 aandachtspunten van 2015, die uit het onderzoek van 2015 komen`;

/** The BMC example: the vervolgmeting 2015, with the nulmeting 2014 as the earlier round. */
export function bmcExampleRound(def: Monitor): ExampleRound {
  const points = Object.keys(PUBLISHED_2015)
    .join(", ")
    .replace(/, (?=[^,]*$)/, " en ");
  return {
    bron: `${GENERATED}; de aandachtspunten ${points} zijn zo gemaakt dat ze de aandelen geven die het rapport van 2015 publiceert (zie docs/gepubliceerde-cijfers.md)`,
    retouren: bmcRound(def, 1),
    vorige: { naam: "nulmeting-2014", bron: CONSTRUCTED_2014, retouren: bmcRound(def, 0) },
  };
}

export function startfotoExampleRound(def: Monitor): ExampleRound {
  return {
    bron: `${GENERATED}; zo gemaakt dat de helft van de regio's een projectleider heeft en twintig MDA++ als speerpunt (gaan) benoemen, zoals de startfoto publiceert (zie docs/gepubliceerde-cijfers.md)`,
    retouren: startfotoRound(def),
  };
}
