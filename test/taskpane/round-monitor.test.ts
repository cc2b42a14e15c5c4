/**
 * The Landelijk overzicht in the pane says first which monitor it aggregates and why, and names the files of
 * other monitors once, as a group, as `regiomonitor aggregate` does (the same core: folder-monitors.ts). The
 * picked files are explicit: what each workbook recorded, or that it could not be read.
 */
import { findMonitor, type Monitor } from "../../src/core/model";
import { roundDefinition, roundMonitorText } from "../../src/taskpane/logic/national";
import type { ReadOutcome } from "../../src/taskpane/lazy/xlsx-reader";
import { DEF, validInput } from "../helpers/inputs";

const BMC: Monitor = findMonitor("bmc-2015")!;

/** A readable workbook that recorded monitor `id` (null: none). */
const recorded = (id: string | null, bestand: string): ReadOutcome => ({
  ok: true,
  input: { ...validInput("Gouda", bestand), definitie: id ? { id, versie: "1.0" } : null },
});
const unreadable: ReadOutcome = { ok: false, reden: "geen zip" };

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
  const def = roundDefinition(null, OUTCOMES);
  expect(def.id).toBe("rak-2008-2010");
  expect(roundMonitorText(def, null, NAMES, OUTCOMES)).toBe(
    "Landelijk overzicht van 'Regiomonitor RAK 2008–2010' (rak-2008-2010): 3 van de 6 bestanden zijn van deze monitor (de monitor van de meeste bestanden). " +
      "2 bestanden zijn van 'BMC 2015 Regierol gemeenten' (bmc-2015) en tellen niet mee: bmc-1.xlsx, bmc-2.xlsx. Voeg die bestanden apart samen, in een eigen map.",
  );
});

test("a monitor loaded with Definitie laden: named first with that reason", () => {
  // rak-3.xlsx records no monitor: it is read with the chosen one, so it counts as of it.
  expect(roundMonitorText(BMC, BMC, NAMES, OUTCOMES)).toBe(
    "Landelijk overzicht van 'BMC 2015 Regierol gemeenten' (bmc-2015): 3 van de 6 bestanden zijn van deze monitor (gekozen met Definitie laden). " +
      "2 bestanden zijn van 'Regiomonitor RAK 2008–2010' (rak-2008-2010) en tellen niet mee: rak-1.xlsx, rak-2.xlsx. Voeg die bestanden apart samen, in een eigen map.",
  );
});

test("files of one monitor only: the monitor and the count, nothing about others", () => {
  expect(roundMonitorText(DEF, null, NAMES.slice(0, 2), OUTCOMES.slice(0, 2))).toBe(
    "Landelijk overzicht van 'Regiomonitor RAK 2008–2010' (rak-2008-2010): 2 van de 2 bestanden zijn van deze monitor.",
  );
});
