/**
 * "Regiomonitor RAK 2008–2010" in the one model, exactly as in the domain reference
 * (`../shared/domain/README.md`): 37 regions return a workbook with a fields table (Regio), the fixed
 * milestones (Mijlpalen, judged against norm date + tolerated delay) and the questionnaire (Vragenlijst).
 * It is the conventional regional monitor: its tables are the ones a simple definition workbook gets
 * (`../xlsform/defaults.ts`), filled with the RAK milestones, questions and regions.
 */
import type { MonitorInput } from "../schema";
import {
  DEFAULT_INVULLING,
  DEFAULT_RAG,
  defaultFields,
  defaultNational,
  defaultScales,
  fieldsTable,
  milestoneTable,
  questionTable,
} from "../xlsform/defaults";
import { QUESTIONS, REGIOS } from "./rak-2008-2010-items";

const EINDFOTO = [{ waarde: "veld:Meetmoment", is: ["Eindfoto"] }];
const NORM = "2010-12-31";
const DELAY = 12;

const MILESTONES: [string, string][] = [
  ["M1", "Intentieverklaring en regionale projectstructuur met stuurgroep"],
  ["M2", "Regiocoördinator aangesteld"],
  ["M3", "Startfoto gemaakt"],
  ["M4", "Regionaal werkplan bestuurlijk goedgekeurd"],
  ["M5", "Regionaal handelingsprotocol in uitvoering"],
  ["M6", "Regionaal scholingsplan in uitvoering"],
  ["M7", "Eindfoto gemaakt"],
];

const u = (x: string) => ({ label: x, onbekend: true });

type FieldsInput = Extract<MonitorInput["tabellen"][number], { vorm: "velden" }>;

/** The Regio sheet of a regional monitor (the conventional fields table) with its default Meetmoment. */
export function regioTable(meetmoment: string): FieldsInput {
  const velden = defaultFields("regio").map((v) =>
    v.rol === "meetmoment" ? { ...v, standaard: meetmoment } : v,
  );
  return fieldsTable("regio", velden) as FieldsInput;
}

export const RAK_2008_2010: MonitorInput = {
  model: 2,
  id: "rak-2008-2010",
  versie: "1.0",
  naam: "Regiomonitor RAK 2008–2010",
  eenheden: { soort: "regio", meervoud: "regio's", namen: REGIOS.map((naam) => ({ naam })) },
  schalen: {
    meetmoment: defaultScales(true).meetmoment,
    bereik: { opties: [{ label: "Alle" }, { label: "Een deel" }, { label: "Geen" }, u("Onbekend")] },
    scholing: {
      opties: [{ label: "Regelmatig" }, { label: "Incidenteel" }, { label: "Niet" }, u("Onbekend")],
    },
    janee: { opties: [{ label: "Ja" }, { label: "Nee" }, u("Onbekend")] },
    deels: { opties: [{ label: "Ja" }, { label: "Gedeeltelijk" }, { label: "Nee" }, u("Onbekend")] },
    dekking: {
      opties: [
        { label: "Regiobreed" },
        { label: "In een deel van de regio" },
        { label: "Niet" },
        u("Onbekend"),
      ],
    },
    coordinator: {
      opties: [
        { label: "Ja, regiocoördinator aangesteld" },
        { label: "Ja, werkzaamheden bij iemand anders ondergebracht" },
        { label: "Nee" },
        u("Onbekend"),
      ],
    },
    mijlpaalstatus: defaultScales(true).mijlpaalstatus,
  },
  tabellen: [
    fieldsTable("regio", defaultFields("regio")),
    milestoneTable(
      MILESTONES.map(([code, mijlpaal]) => ({
        waarden: { code, mijlpaal },
        normdatum: NORM,
        ...(code === "M7" ? { geldtAls: EINDFOTO } : {}),
      })),
      DELAY,
    ),
    questionTable(
      QUESTIONS.map((q) => ({
        waarden: { nr: q.nr, onderdeel: q.onderdeel, vraag: q.vraag },
        ...(q.geldtAls === "eindfoto"
          ? { geldtAls: EINDFOTO }
          : q.geldtAls
            ? { geldtAls: [{ waarde: `rij:${q.geldtAls.rij}`, is: [q.geldtAls.is] }] }
            : {}),
        cel: {
          type: q.type,
          ...(q.schaal ? { schaal: q.schaal } : {}),
          verplicht: q.groep ? { groep: q.groep } : q.verplicht ? "ja" : "nee",
        },
      })),
    ),
  ],
  scores: {
    invulling: DEFAULT_INVULLING,
    eenheid: { tabel: "mijlpalen" },
    voortgang: { tabel: "mijlpalen" },
  },
  landelijk: defaultNational({ soort: "regio", milestones: true, questions: true }),
  // The words of the final report and its annex are the defaults of `woorden`: a milestone is "gerealiseerd",
  // Gedeeltelijk counted among them as "waarvan gedeeltelijk" (../shared/domain/README.md, National outputs).
  rag: DEFAULT_RAG,
};
