/**
 * A small, explicit RAK startfoto round (peildatum 31-12-2008) for the tests of `--vorige`: every region but
 * Delft and Ede returns a workbook; region i (alphabetical, 0-based) answers milestone Mk with
 * STATUSES[(i + k) % 5] and each questionnaire item without a condition and with a scale (V1 … V11) with the
 * (i + q)-th option of its scale; "Ingevuld door" is "Coördinator <regio>". The expected answers of a test come
 * from these rules, never from the code under test.
 */
import path from "node:path";
import { defaultMonitor, scaleOf } from "../../src/core/model";
import { buildTemplate, type UnitFill } from "../../src/core/engine/template";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";
import { QUESTIONS, REGIOS } from "../../src/core/model/builtins/rak-2008-2010-items";
import { runCli } from "../helpers/files";

export const RAK = defaultMonitor();
export const NOT_RETURNED = ["Delft", "Ede"];
export const STATUSES = [
  "Gereed / in uitvoering",
  "Gedeeltelijk",
  "In voorbereiding",
  "Niet gestart",
  "Onbekend",
];
/** M1 … M6 (M7 "Eindfoto gemaakt" applies only at the Eindfoto). */
export const MILESTONES = ["M1", "M2", "M3", "M4", "M5", "M6"];
/** The questions with a scale and no condition, in order. */
export const CHOICE_QUESTIONS = QUESTIONS.filter((q) => q.type === "keuze" && !q.geldtAls);

export const regionIndex = (regio: string): number => REGIOS.indexOf(regio);

export function startStatus(regio: string, code: string): string {
  return STATUSES[(regionIndex(regio) + MILESTONES.indexOf(code)) % STATUSES.length];
}

export function startAnswer(regio: string, nr: string): string {
  const qi = CHOICE_QUESTIONS.findIndex((q) => q.nr === nr);
  const q = CHOICE_QUESTIONS[qi];
  const opties = scaleOf(RAK, q.schaal)!.opties.map((o) => o.label);
  return opties[(regionIndex(regio) + qi) % opties.length];
}

export function startFill(regio: string): UnitFill {
  return {
    velden: { Meetmoment: "Startfoto", Peildatum: "31-12-2008", "Ingevuld door": `Coördinator ${regio}` },
    rijen: {
      mijlpalen: Object.fromEntries(
        MILESTONES.map((code) => {
          const status = startStatus(regio, code);
          const extra: Record<string, string> =
            status === "Gedeeltelijk"
              ? { verwachteDatum: "01-06-2009", toelichting: "Loopt." }
              : status === "In voorbereiding"
                ? { verwachteDatum: "01-06-2009" }
                : {};
          return [code, { status, ...extra }];
        }),
      ),
      vragenlijst: Object.fromEntries(
        CHOICE_QUESTIONS.map((q) => [q.nr, { antwoord: startAnswer(regio, q.nr) }]),
      ),
    },
  };
}

/** Writes the returns into `dir/startfoto` and aggregates them into `dir/landelijk-startfoto.xlsx|json`. */
export async function writeStartfotoRound(dir: string): Promise<{ xlsx: string; json: string }> {
  const returns = path.join(dir, "startfoto");
  for (const regio of REGIOS.filter((r) => !NOT_RETURNED.includes(r)))
    await writeWorkbookFile(
      templateWorkbook(buildTemplate(RAK, { eenheid: regio, vul: startFill(regio) })),
      path.join(returns, `Regiomonitor-${regio.replace(/ /g, "-")}.xlsx`),
    );
  const xlsx = path.join(dir, "landelijk-startfoto.xlsx");
  const json = path.join(dir, "landelijk-startfoto.json");
  const r = runCli(["aggregate", returns, "-o", xlsx, "--json", json]);
  if (![0, 1].includes(r.code)) throw new Error(r.stderr);
  return { xlsx, json };
}
