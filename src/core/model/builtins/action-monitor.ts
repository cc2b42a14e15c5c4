/**
 * The shared parts of the national action monitors (Taskforce 2013, GHNT 2018) in the one model: one rows
 * table of fixed actions in which the owner fills in the delivery date, the date at the nulmeting, whether
 * quality criteria are set, the status and a stated shift. The stoplight is a decision list
 * (docs/definitions.md, "Action monitors"): without `Vastgesteld` criteria an action is Grijs, never Groen.
 */
import type { MonitorInput } from "../schema";
import { STANDARD_RAG } from "./common";

type Input = MonitorInput;
type RowsInput = Extract<Input["tabellen"][number], { vorm: "rijen" }>;

export const KWALITEITSEISEN = ["Vastgesteld", "Nader te bepalen", "Niet van toepassing"];
export const ZONDER_EINDDATUM = ["Nog te bepalen", "Nader te bepalen"];
/** Stated shift categories; `eerder of gelijk` only ever stated (a source that does not split them). */
export const SHIFTS = ["eerder", "gelijk", "eerder of gelijk", "later", "zonder einddatum"];
const NOT_LATER = ["eerder", "gelijk", "eerder of gelijk"];
const DELAY = 6;
/**
 * Stated size of a postponement, in the words of the source (Taskforce 2013, seeds 000 l. 787, 1168, 1438,
 * 1604, 1850, 2084: "zes maanden vertraagd", "één jaar opgeschoven", "ruim één jaar opgeschoven").
 */
export const POSTPONEMENTS = ["6 maanden", "1 jaar", "ruim 1 jaar"];
const WITHIN_DELAY = ["6 maanden"];

/** Where every action monitor keeps its actions: the table tblActies on the sheet Acties, a row per Actie. */
export const ACTIONS_TABLE = {
  id: "acties",
  vorm: "rijen",
  blad: "Acties",
  tabel: "tblActies",
  rijNaam: "Actie",
  rijNaamMeervoud: "acties",
} as const;

export interface ActionMonitorSpec {
  id: string;
  versie: string;
  naam: string;
  /** The fixed columns (id, header, width), the key column first. */
  vasteKolommen: { id: string; kop: string; breedte: number }[];
  /** The fixed column with the action's text. */
  label: string;
  rijen: Record<string, string>[];
  groeperingen: { titel: string; kolom: string; labelKolommen?: string[]; volgorde?: "rijen" | "waarde" }[];
  /** With a stated-shift column (`Verschuiving t.o.v. nulmeting`). */
  verschuiving: boolean;
  /** Whether the colour counts over all actions may be shown as the monitor's result (MonitorSchema). */
  totaaloordeel: boolean;
}

/** The words of an action monitor: an action is "voltooid" (its status option of weight 1). */
export const ACTION_WORDS = {
  gerealiseerd: "voltooid",
  gedeeltelijk: "gedeeltelijk voltooid",
  meting: "meting",
  metingen: "metingen",
};

export const STATUS = {
  opties: [
    { label: "Niet gestart" },
    { label: "Gestart" },
    { label: "Conform planning", aliassen: ["Volgens planning", "Op schema"] },
    { label: "Vertraagd" },
    { label: "Voltooid", aliassen: ["Gereed", "Afgerond"], gewicht: 1 },
    { label: "Vervallen" },
  ],
};

/** Grijs when the column `status` is empty, invalid or Vervallen (the first rules after a missing row). */
export const STATUS_NOT_JUDGED: NonNullable<RowsInput["oordeel"]> = [
  {
    regel: "status_onbekend",
    als: [{ waarde: "status", leeg: true }],
    rag: "grijs",
    uitleg: "{label}: status niet ingevuld — niet te beoordelen.",
  },
  {
    regel: "status_onbekend",
    als: [{ waarde: "status", ongeldig: true }],
    rag: "grijs",
    uitleg: "{label}: status ongeldig ({status}) — niet te beoordelen.",
  },
  {
    regel: "niet_beoordeeld",
    als: [{ waarde: "status", is: ["Vervallen"] }],
    rag: "grijs",
    uitleg: "{label}: status {status} — een actie met deze status wordt niet beoordeeld.",
  },
];

export function actionMonitor(spec: ActionMonitorSpec): MonitorInput {
  const key = spec.vasteKolommen[0].id;
  const v = "Vastgesteld";
  const table: RowsInput = {
    ...ACTIONS_TABLE,
    sleutel: key,
    label: spec.label,
    hoofdkolom: "status",
    oordeelRegel: `Stoplicht (regel van Regiomonitor): alleen met kwaliteitseisen 'Vastgesteld' een kleur (anders Grijs); Oranje: hoogstens ${DELAY} maanden later dan de nulmeting.`,
    kolommen: [
      ...spec.vasteKolommen.map((c, i) => ({ ...c, vast: true, essentieel: i === 0 })),
      { id: "opleverdatum", kop: "Opleverdatum", type: "datum", zonderDatum: ZONDER_EINDDATUM, breedte: 16 },
      {
        id: "nulmeting",
        kop: "Opleverdatum nulmeting",
        type: "datum",
        zonderDatum: ZONDER_EINDDATUM,
        breedte: 16,
      },
      {
        id: "kwaliteitseisen",
        kop: "Kwaliteitseisen",
        type: "keuze",
        schaal: "kwaliteitseisen",
        verplicht: true,
        essentieel: true,
        breedte: 20,
      },
      {
        id: "status",
        kop: "Status",
        type: "keuze",
        schaal: "actiestatus",
        verplicht: true,
        essentieel: true,
        breedte: 18,
      },
      ...(spec.verschuiving
        ? [
            {
              id: "verschuiving",
              kop: "Verschuiving t.o.v. nulmeting",
              type: "keuze" as const,
              schaal: "verschuiving",
              breedte: 18,
            },
            {
              id: "uitstel",
              kop: "Uitstel t.o.v. nulmeting",
              type: "keuze" as const,
              schaal: "uitstel",
              breedte: 14,
            },
          ]
        : []),
      {
        id: "toelichting",
        kop: "Toelichting",
        breedte: 60,
        verplicht: { als: [{ waarde: "status", is: ["Vertraagd"] }] },
      },
    ],
    rijen: spec.rijen.map((waarden) => ({ waarden })),
    controles: [
      {
        code: "opleverdatum_leeg",
        kolom: "opleverdatum",
        als: [
          { waarde: "opleverdatum", leeg: true },
          { waarde: "status", niet: ["Vervallen"] },
        ],
      },
      {
        code: "nulmeting_leeg",
        kolom: "nulmeting",
        als: [
          { waarde: "nulmeting", leeg: true },
          { waarde: "status", niet: ["Vervallen"] },
          ...(spec.verschuiving ? [{ waarde: "verschuiving", leeg: true as const }] : []),
          { waarde: "opleverdatum", ingevuld: true },
        ],
      },
    ],
    ...(spec.verschuiving
      ? { verschuiving: { datum: "opleverdatum", tov: "nulmeting", opgegeven: "verschuiving" } }
      : { verschuiving: { datum: "opleverdatum", tov: "nulmeting" } }),
    oordeel: [
      {
        regel: "rij_ontbreekt",
        als: [{ rij: "ontbreekt" }],
        rag: "grijs",
        uitleg: "{label}: de rij ontbreekt in de werkmap — niet te beoordelen.",
      },
      {
        regel: "kwaliteitseisen",
        als: [{ waarde: "kwaliteitseisen", niet: [v] }],
        rag: "grijs",
        uitleg: `{label}: kwaliteitseisen {kwaliteitseisen}, niet '${v}' — zonder vastgestelde kwaliteitseisen geen kleur (status {status} telt niet).`,
      },
      ...STATUS_NOT_JUDGED,
      {
        regel: "status_groen",
        als: [{ waarde: "status", is: ["Voltooid", "Conform planning"] }],
        rag: "groen",
        uitleg: `{label}: status {status} en kwaliteitseisen '${v}'.`,
        eigen: true,
      },
      {
        regel: "datum_ongeldig",
        als: [{ waarde: "opleverdatum", ongeldig: true }],
        rag: "grijs",
        uitleg:
          "{label}: status {status}, maar opleverdatum {opleverdatum} is geen datum — niet te beoordelen.",
      },
      {
        regel: "zonder_einddatum",
        als: [{ datum: "opleverdatum", ontbreekt: true }],
        rag: "rood",
        uitleg: "{label}: status {status} zonder einddatum (opleverdatum {opleverdatum}).",
        eigen: true,
      },
      ...(spec.verschuiving
        ? [
            {
              regel: "binnen_marge",
              als: [
                { datum: "nulmeting", ontbreekt: true as const },
                { waarde: "verschuiving", is: NOT_LATER },
                { waarde: "status", is: ["Vertraagd"] },
              ],
              rag: "oranje" as const,
              uitleg:
                "{label}: status {status}; opleverdatum {opleverdatum}, nulmeting {nulmeting} met opgegeven verschuiving {verschuiving}: niet later, maar een vertraagde actie is hoogstens {label:oranje}.",
              eigen: true,
            },
            {
              regel: "op_schema",
              als: [
                { datum: "nulmeting", ontbreekt: true as const },
                { waarde: "verschuiving", is: NOT_LATER },
              ],
              rag: "groen" as const,
              uitleg:
                "{label}: status {status}; opleverdatum {opleverdatum}, nulmeting {nulmeting} met opgegeven verschuiving {verschuiving}: niet later dan de nulmeting.",
              eigen: true,
            },
            {
              regel: "binnen_marge",
              als: [
                { datum: "nulmeting", ontbreekt: true as const },
                { waarde: "uitstel", is: WITHIN_DELAY },
              ],
              rag: "oranje" as const,
              uitleg: `{label}: status {status}; opleverdatum {opleverdatum}, nulmeting {nulmeting} met opgegeven uitstel {uitstel}: hoogstens ${DELAY} maanden later.`,
              eigen: true,
            },
            {
              regel: "buiten_marge",
              als: [
                { datum: "nulmeting", ontbreekt: true as const },
                { waarde: "uitstel", is: POSTPONEMENTS.filter((p) => !WITHIN_DELAY.includes(p)) },
              ],
              rag: "rood" as const,
              uitleg: `{label}: status {status}; opleverdatum {opleverdatum}, nulmeting {nulmeting} met opgegeven uitstel {uitstel}: meer dan ${DELAY} maanden later.`,
              eigen: true,
            },
          ]
        : []),
      {
        regel: "nulmeting_onbekend",
        als: [{ datum: "nulmeting", ontbreekt: true }],
        rag: "grijs",
        uitleg: spec.verschuiving
          ? "{label}: status {status}, opleverdatum {opleverdatum}, maar opleverdatum nulmeting {nulmeting}[; opgegeven verschuiving {verschuiving}] — de vertraging is niet te meten."
          : "{label}: status {status}, opleverdatum {opleverdatum}, maar opleverdatum nulmeting {nulmeting} — de vertraging is niet te meten.",
      },
      {
        regel: "binnen_marge",
        als: [
          { datum: "opleverdatum", uiterlijk: { waarde: "nulmeting" } },
          { waarde: "status", is: ["Vertraagd"] },
        ],
        rag: "oranje",
        uitleg:
          "{label}: status {status}; opleverdatum {opleverdatum} t.o.v. nulmeting {nulmeting}: niet later, maar een vertraagde actie is hoogstens {label:oranje}.",
        eigen: true,
      },
      {
        regel: "op_schema",
        als: [{ datum: "opleverdatum", uiterlijk: { waarde: "nulmeting" } }],
        rag: "groen",
        uitleg:
          "{label}: status {status}; opleverdatum {opleverdatum} t.o.v. nulmeting {nulmeting}: niet later dan de nulmeting.",
        eigen: true,
      },
      {
        regel: "binnen_marge",
        als: [{ datum: "opleverdatum", uiterlijk: { waarde: "nulmeting", plusMaanden: DELAY } }],
        rag: "oranje",
        uitleg:
          "{label}: status {status}; opleverdatum {opleverdatum} t.o.v. nulmeting {nulmeting}: hoogstens {maanden} maanden later (grens {grens}).",
        eigen: true,
      },
      {
        regel: "buiten_marge",
        als: [{ datum: "opleverdatum", na: { waarde: "nulmeting", plusMaanden: DELAY } }],
        rag: "rood",
        uitleg:
          "{label}: status {status}; opleverdatum {opleverdatum} t.o.v. nulmeting {nulmeting}: meer dan {maanden} maanden later (grens {grens}).",
        eigen: true,
      },
    ],
  };
  return {
    model: 2,
    id: spec.id,
    versie: spec.versie,
    naam: spec.naam,
    schalen: {
      kwaliteitseisen: { opties: KWALITEITSEISEN.map((label) => ({ label })) },
      actiestatus: STATUS,
      verschuiving: { opties: SHIFTS.map((label) => ({ label })) },
      ...(spec.verschuiving ? { uitstel: { opties: POSTPONEMENTS.map((label) => ({ label })) } } : {}),
    },
    tabellen: [table],
    scores: {
      invulling: { groen: 100, oranje: 80 },
      eenheid: { tabel: "acties" },
      voortgang: { tabel: "acties" },
    },
    landelijk: spec.groeperingen.map((g) => ({
      soort: "groepen" as const,
      blad: "Overzicht acties",
      tabel: "acties",
      ...g,
    })),
    woorden: ACTION_WORDS,
    totaaloordeel: spec.totaaloordeel,
    rag: STANDARD_RAG,
  };
}
