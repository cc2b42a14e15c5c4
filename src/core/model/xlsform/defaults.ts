/**
 * What a simple definition workbook gets without writing it: the conventional regional tables of the RAK
 * monitor. A `vragen` sheet becomes the questionnaire table (Vragenlijst), a `mijlpalen` sheet the
 * milestone table (Mijlpalen) with the default statuses, checks and RAG rules (norm date + `uitloop_maanden`,
 * default 12); without `velden` the fields table is <Eenheid>/Meetmoment/Peildatum/Ingevuld door/Functie/
 * E-mail; without `landelijk` the national tables are Retouren, the milestone tables and the answers.
 */
import type { FieldSchema, MonitorInput, NationalTableSchema, Row, ScaleSchema } from "../schema";
import type { z } from "zod";

type TableInput = MonitorInput["tabellen"][number];
type RowsInput = Extract<TableInput, { vorm: "rijen" }>;
type Field = z.input<typeof FieldSchema>;
type Scale = z.input<typeof ScaleSchema>;
type National = z.input<typeof NationalTableSchema>;

export const DEFAULT_DELAY = 12;
export const MILESTONES_ID = "mijlpalen";
export const QUESTIONS_ID = "vragenlijst";
const GEREED = "Gereed / in uitvoering";
const unknown = (label: string) => ({ label, onbekend: true });

/** Scales a simple definition gets when its `schalen` sheet does not define them. */
export function defaultScales(milestones: boolean): Record<string, Scale> {
  return {
    meetmoment: { opties: [{ label: "Startfoto" }, { label: "Eindfoto" }] },
    ...(milestones
      ? {
          mijlpaalstatus: {
            opties: [
              { label: GEREED, aliassen: ["X", "Gereed", "In uitvoering"], gewicht: 1 },
              { label: "Gedeeltelijk", aliassen: ["X (gedeeltelijk)"], gewicht: 0.5 },
              { label: "In voorbereiding" },
              { label: "Niet gestart" },
              unknown("Onbekend"),
            ],
          },
        }
      : {}),
  };
}

/** `regio` → `Regio`. */
export const unitFieldName = (soort: string): string => soort.charAt(0).toUpperCase() + soort.slice(1);

/** The field naming the unit a return is of (Regio, Gemeente, …). */
export const unitField = (naam: string): Field => ({
  naam,
  type: "eenheid",
  verplicht: true,
  rol: "eenheid",
});

/** The Meetmoment field, with the round a new workbook starts at. */
export const meetmomentField = (standaard: string): Field => ({
  naam: "Meetmoment",
  type: "keuze",
  schaal: "meetmoment",
  verplicht: true,
  rol: "meetmoment",
  standaard,
});

export const PEILDATUM_FIELD: Field = { naam: "Peildatum", type: "datum", verplicht: true, rol: "peildatum" };

export function defaultFields(soort: string | undefined): Field[] {
  return [
    ...(soort !== undefined ? [unitField(unitFieldName(soort))] : []),
    meetmomentField("Startfoto"),
    PEILDATUM_FIELD,
    // Contact details carry over to the next round's workbook as starting values (`template --vorige`).
    { naam: "Ingevuld door", type: "tekst", verplicht: true, vorige: "invullen" },
    { naam: "Functie", type: "tekst", verplicht: false, vorige: "invullen" },
    { naam: "E-mail", type: "email", verplicht: false, vorige: "invullen" },
  ];
}

/** The fields table of a simple definition: `regio` on sheet Regio for regions, else `gegevens`. */
export function fieldsTable(soort: string | undefined, velden: Field[]): TableInput {
  const id = soort !== undefined && /^[a-z][a-zA-Z0-9]*$/.test(soort) ? soort : "gegevens";
  const blad = unitFieldName(id);
  return {
    id,
    vorm: "velden",
    blad,
    tabel: `tbl${blad}`,
    kolommen: { veld: "Veld", waarde: "Waarde" },
    velden,
  };
}

export function milestoneTable(rijen: Row[], delay: number): RowsInput {
  const status = (labels: string[]) => [{ waarde: "status", is: labels }];
  const rest = "{label}: status {status}";
  return {
    id: MILESTONES_ID,
    vorm: "rijen",
    blad: "Mijlpalen",
    tabel: "tblMijlpalen",
    rijNaam: "Mijlpaal",
    rijNaamMeervoud: "mijlpalen",
    sleutel: "code",
    label: "mijlpaal",
    hoofdkolom: "status",
    oordeelRegel: `Op de peildatum: Groen: gereed; Oranje: gedeeltelijk, of in voorbereiding met een verwachte datum binnen normdatum plus ${delay} maanden; Rood: niet gestart, geen of een verstreken verwachte datum, of een verwachte datum na normdatum plus ${delay} maanden; Grijs: onbekend of leeg (niet te beoordelen).`,
    kolommen: [
      { id: "code", kop: "Code", vast: true, essentieel: true, breedte: 8 },
      { id: "mijlpaal", kop: "Mijlpaal", vast: true, breedte: 60 },
      {
        id: "status",
        kop: "Status",
        type: "keuze",
        schaal: "mijlpaalstatus",
        verplicht: true,
        essentieel: true,
        breedte: 24,
      },
      { id: "datumGereed", kop: "Datum gereed", type: "datum", breedte: 16 },
      {
        id: "verwachteDatum",
        kop: "Verwachte datum",
        type: "datum",
        breedte: 18,
        verplicht: { als: status(["Gedeeltelijk", "In voorbereiding"]) },
      },
      { id: "toelichting", kop: "Toelichting", breedte: 50, verplicht: { als: status(["Gedeeltelijk"]) } },
    ],
    rijen,
    controles: [
      {
        code: "datum_na_peildatum",
        kolom: "datumGereed",
        als: [...status([GEREED]), { datum: "datumGereed", na: { waarde: "veld:Peildatum" } }],
      },
      {
        code: "verwachte_datum_verstreken",
        kolom: "verwachteDatum",
        als: [
          { waarde: "status", ingevuld: true },
          { waarde: "status", niet: [GEREED] },
          { datum: "verwachteDatum", voor: { waarde: "veld:Peildatum" } },
        ],
      },
    ],
    oordeel: [
      {
        regel: "status_leeg",
        als: [{ waarde: "status", leeg: true }],
        rag: "grijs",
        uitleg: "{label}: status is leeg, niet te beoordelen.",
      },
      {
        regel: "status_ongeldig",
        als: [{ waarde: "status", ongeldig: true }],
        rag: "grijs",
        uitleg: `${rest} is ongeldig, niet te beoordelen.`,
      },
      { regel: "gereed", als: status([GEREED]), rag: "groen", uitleg: `${rest}.` },
      {
        regel: "gedeeltelijk",
        als: status(["Gedeeltelijk"]),
        rag: "oranje",
        uitleg: `${rest}[; rest verwacht {verwachteDatum}].`,
      },
      { regel: "niet_gestart", als: status(["Niet gestart"]), rag: "rood", uitleg: `${rest}.` },
      { regel: "onbekend", als: status(["Onbekend"]), rag: "grijs", uitleg: `${rest}, niet te beoordelen.` },
      {
        regel: "geen_verwachte_datum",
        als: [{ datum: "verwachteDatum", ontbreekt: true }],
        rag: "rood",
        uitleg: `${rest} zonder geldige verwachte datum.`,
      },
      {
        regel: "verwachte_datum_verstreken",
        als: [{ datum: "verwachteDatum", voor: { waarde: "veld:Peildatum" } }],
        rag: "rood",
        uitleg: `${rest}, verwachte datum {verwachteDatum} is verstreken op peildatum {veld:Peildatum}.`,
      },
      {
        regel: "na_normdatum",
        als: [{ datum: "verwachteDatum", na: { waarde: "normdatum", plusMaanden: delay } }],
        rag: "rood",
        uitleg: `${rest}, verwachte datum {verwachteDatum} ligt na normdatum {normdatum} plus {maanden} maanden ({grens}).`,
      },
      {
        regel: "binnen_normdatum",
        als: [{ datum: "verwachteDatum", uiterlijk: { waarde: "normdatum", plusMaanden: delay } }],
        rag: "oranje",
        uitleg: `${rest}, verwachte datum {verwachteDatum} valt binnen normdatum {normdatum} plus {maanden} maanden ({grens}).`,
      },
    ],
  };
}

/** Where a questionnaire table sits and how wide its text columns are; the defaults are the Vragenlijst's. */
export interface QuestionTablePlace {
  id: string;
  blad: string;
  onderdeelBreedte: number;
  antwoordBreedte: number;
}

const VRAGENLIJST: QuestionTablePlace = {
  id: QUESTIONS_ID,
  blad: "Vragenlijst",
  onderdeelBreedte: 22,
  antwoordBreedte: 36,
};

/** A questionnaire: Nr, Onderdeel and Vraag given, Antwoord and Toelichting to fill in. */
export function questionTable(rijen: Row[], place: QuestionTablePlace = VRAGENLIJST): RowsInput {
  return {
    id: place.id,
    vorm: "rijen",
    blad: place.blad,
    tabel: `tbl${place.blad}`,
    rijNaam: "Vraag",
    rijNaamMeervoud: "vragen",
    sleutel: "nr",
    label: "vraag",
    hoofdkolom: "antwoord",
    kolommen: [
      { id: "nr", kop: "Nr", vast: true, essentieel: true, breedte: 7 },
      { id: "onderdeel", kop: "Onderdeel", vast: true, breedte: place.onderdeelBreedte },
      { id: "vraag", kop: "Vraag", vast: true, breedte: 70 },
      { id: "antwoord", kop: "Antwoord", essentieel: true, breedte: place.antwoordBreedte },
      { id: "toelichting", kop: "Toelichting", breedte: 50 },
    ],
    rijen,
  };
}

/** Retouren (with units), the milestone tables, the answers and open answers. */
export function defaultNational(opts: {
  soort?: string;
  milestones: boolean;
  questions: boolean;
}): National[] {
  const unit = opts.soort !== undefined ? unitFieldName(opts.soort) : "Eenheid";
  return [
    ...(opts.soort !== undefined ? [{ soort: "retouren" as const, blad: "Retouren" }] : []),
    ...(opts.milestones
      ? [
          { soort: "rijverdeling" as const, blad: "Mijlpalen landelijk", tabel: MILESTONES_ID },
          {
            soort: "matrix" as const,
            blad: `${unit} × mijlpaal`.slice(0, 31),
            tabel: MILESTONES_ID,
            titel: "X = gereed, X (gedeeltelijk), of de verwachte datum zoals ingevuld",
            weergave: {
              [GEREED]: "X",
              Gedeeltelijk: "X (gedeeltelijk)",
              "In voorbereiding": "[{verwachteDatum}]",
            },
          },
        ]
      : []),
    ...(opts.questions
      ? [
          { soort: "antwoorden" as const, blad: "Vragenlijst landelijk", tabel: QUESTIONS_ID },
          { soort: "open" as const, blad: "Open antwoorden", tabel: QUESTIONS_ID },
        ]
      : []),
  ];
}

export const DEFAULT_RAG: MonitorInput["rag"] = {
  volgorde: ["rood", "oranje", "grijs", "groen"],
  labels: { groen: "Groen", oranje: "Oranje", rood: "Rood", grijs: "Grijs" },
};
export const DEFAULT_INVULLING = { groen: 100, oranje: 80 };
