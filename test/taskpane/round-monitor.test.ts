/**
 * A round says first which monitor it aggregates and why, and names the files of other monitors once, as a
 * group: the core's round (core/app/round.ts), which the pane and `regiomonitor aggregate` both call. The
 * files are explicit: what each workbook recorded, or that it could not be read.
 */
import { findMonitor, type Monitor } from "../../src/core/model";
import { roundChoice, startRound, type RoundFile } from "../../src/core";
import { DEF, validInput } from "../helpers/inputs";

const BMC: Monitor = findMonitor("bmc-2015")!;

/** A readable workbook that recorded monitor `id` (null: none). */
const recorded = (id: string | null, bestand: string): RoundFile => ({
  bestand,
  input: { ...validInput("Gouda", bestand), definitie: id ? { id, versie: "1.0" } : null },
});
const unreadable: RoundFile = { bestand: "kapot.xlsx", reden: "geen zip" };

/** What the round says first, as one text (the pane joins the messages; the command line prints a line each). */
function roundMonitorText(files: readonly RoundFile[], loaded: Monitor | null): string {
  const r = startRound(files, roundChoice(loaded, "Definitie laden"));
  return [r.kop, ...r.anderen].map((i) => i.bericht).join(" ");
}

const NAMES = ["rak-1.xlsx", "rak-2.xlsx", "rak-3.xlsx", "bmc-1.xlsx", "bmc-2.xlsx", "kapot.xlsx"];
const OUTCOMES = [
  recorded("rak-2008-2010", NAMES[0]),
  recorded("rak-2008-2010", NAMES[1]),
  recorded(null, NAMES[2]),
  recorded("bmc-2015", NAMES[3]),
  recorded("bmc-2015", NAMES[4]),
  unreadable,
];

test("the monitor of most files first, with why; the other monitor's files once, as a group", () => {
  expect(startRound(OUTCOMES, roundChoice(null, "Definitie laden")).def.id).toBe("rak-2008-2010");
  expect(roundMonitorText(OUTCOMES, null)).toBe(
    "Landelijk overzicht van 'Regiomonitor RAK 2008–2010' (rak-2008-2010): 3 van de 6 bestanden zijn van deze monitor (de monitor van de meeste bestanden). " +
      "2 bestanden zijn van 'BMC 2015 Regierol gemeenten' (bmc-2015) en tellen niet mee: bmc-1.xlsx, bmc-2.xlsx. Voeg die bestanden apart samen, in een eigen map.",
  );
});

test("a monitor loaded with Definitie laden: named first with that reason", () => {
  // rak-3.xlsx records no monitor: it is read with the chosen one, so it counts as of it.
  expect(roundMonitorText(OUTCOMES, BMC)).toBe(
    "Landelijk overzicht van 'BMC 2015 Regierol gemeenten' (bmc-2015): 3 van de 6 bestanden zijn van deze monitor (gekozen met Definitie laden). " +
      "2 bestanden zijn van 'Regiomonitor RAK 2008–2010' (rak-2008-2010) en tellen niet mee: rak-1.xlsx, rak-2.xlsx. Voeg die bestanden apart samen, in een eigen map.",
  );
});

test("files of one monitor only: the monitor and the count, nothing about others", () => {
  expect(startRound(OUTCOMES.slice(0, 2), roundChoice(null, "")).def).toBe(DEF);
  expect(roundMonitorText(OUTCOMES.slice(0, 2), null)).toBe(
    "Landelijk overzicht van 'Regiomonitor RAK 2008–2010' (rak-2008-2010): 2 van de 2 bestanden zijn van deze monitor.",
  );
});
