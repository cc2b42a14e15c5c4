/**
 * The stoplight of one action and the shift of its opleverdatum against the nulmeting. Every result
 * carries a one-line Dutch explanation naming the rule and the values that decided it.
 *
 * Rules, in this order (docs/definitions.md, "Action monitors"):
 * 1. Kwaliteitseisen not `vastgesteld` (another option, empty or invalid): Grijs, whatever the status.
 * 2. No valid status (or the row is missing): Grijs.
 * 3. Status judged `grijs` (Vervallen): Grijs, not judged.
 * 4. Status judged `groen` (Voltooid, Conform planning): Groen.
 * 5. Otherwise judged on the dates: without an end date (empty, `Nog te bepalen`) Rood
 *    (an unreadable opleverdatum: Grijs, reported as an error); without
 *    a nulmeting date Grijs (the delay cannot be measured), unless the stated shift says it is not later
 *    (`eerder`, `gelijk`, `eerder of gelijk`): then as "not later"; opleverdatum end not after the nulmeting end:
 *    Groen (`op_datum`) or Oranje (`vertraagd`: a delayed action is never Groen); at most the tolerated
 *    delay (`toleranceLimit` of the nulmeting end, src/core/cells/dates.ts) Oranje; beyond it Rood.
 */
import { formatIso, toleranceLimit } from "../../../../src/core/cells/dates";
import type { Rag } from "../../../../src/core/sheet-model";
import type { ActionDate, ActionValue } from "./read";
import { NOT_LATER, type ActionDefinition, type Shift } from "./schema";

export type ActionRule =
  | "rij_ontbreekt"
  | "kwaliteitseisen"
  | "status_onbekend"
  | "niet_beoordeeld"
  | "status_groen"
  | "zonder_einddatum"
  | "datum_ongeldig"
  | "nulmeting_onbekend"
  | "op_schema"
  | "binnen_marge"
  | "buiten_marge";

export interface ActionJudgement {
  rag: Rag;
  regel: ActionRule;
  uitleg: string;
}

export interface ShiftResult {
  /** null: not known (no comparable dates and no stated category). */
  categorie: Shift | null;
  /** `datums`: from the two dates; `opgegeven`: the stated category (column Verschuiving); `onbekend`. */
  bron: "datums" | "opgegeven" | "onbekend";
}

/** A date as shown in explanations: the text as typed, with its end date when the text is an interval. */
export function describeDate(d: ActionDate): string {
  switch (d.kind) {
    case "leeg":
      return "leeg";
    case "zonder":
    case "ongeldig":
      return `'${d.tekst}'`;
    case "datum":
      if (!d.value.exact) return `'${d.value.tekst}' (uiterlijk ${formatIso(d.value.end)})`;
      return d.value.tekst === formatIso(d.value.end)
        ? d.value.tekst
        : `'${d.value.tekst}' (${formatIso(d.value.end)})`;
  }
}

/** The shift of the opleverdatum against the nulmeting: from the dates when they compare, else the stated category. */
export function shiftOf(a: ActionValue): ShiftResult {
  const o = a.opleverdatum;
  const n = a.nulmeting;
  if (o.kind === "leeg" || o.kind === "zonder") return { categorie: "zonder einddatum", bron: "datums" };
  if (o.kind === "datum" && n.kind === "datum") {
    const c = o.value.end.localeCompare(n.value.end);
    return { categorie: c < 0 ? "eerder" : c === 0 ? "gelijk" : "later", bron: "datums" };
  }
  if (a.verschuivingOpgegeven) return { categorie: a.verschuivingOpgegeven, bron: "opgegeven" };
  return { categorie: null, bron: "onbekend" };
}

export function judgeAction(def: ActionDefinition, a: ActionValue): ActionJudgement {
  const k = def.kolommen;
  const L = def.rag.labels;
  const vast = def.kwaliteitseisen.vastgesteld;
  if (!a.aanwezig)
    return {
      rag: "grijs",
      regel: "rij_ontbreekt",
      uitleg: `${L.grijs}: de rij ontbreekt in de werkmap — niet te beoordelen.`,
    };
  const status = a.status;
  const statusText = status ? `status '${status.label}'` : "geen geldige status";
  if (a.kwaliteitseisen !== vast) {
    const q = a.kwaliteitseisen
      ? `'${a.kwaliteitseisen}'`
      : a.kwaliteitseisenOngeldig
        ? `ongeldig ('${a.kwaliteitseisenOngeldig}')`
        : "niet ingevuld";
    return {
      rag: "grijs",
      regel: "kwaliteitseisen",
      uitleg: `${L.grijs}: ${k.kwaliteitseisen.toLowerCase()} ${q}, niet '${vast}' — zonder vastgestelde kwaliteitseisen geen kleur (${statusText} telt niet).`,
    };
  }
  if (!status) {
    const s = a.statusOngeldig ? `ongeldig ('${a.statusOngeldig}')` : "niet ingevuld";
    return {
      rag: "grijs",
      regel: "status_onbekend",
      uitleg: `${L.grijs}: status ${s} — niet te beoordelen.`,
    };
  }
  if (status.oordeel === "grijs")
    return {
      rag: "grijs",
      regel: "niet_beoordeeld",
      uitleg: `${L.grijs}: status '${status.label}' — een actie met deze status wordt niet beoordeeld.`,
    };
  if (status.oordeel === "groen")
    return {
      rag: "groen",
      regel: "status_groen",
      uitleg: `${L.groen}: status '${status.label}' en kwaliteitseisen '${vast}'.`,
    };

  const o = a.opleverdatum;
  const n = a.nulmeting;
  if (o.kind === "ongeldig")
    return {
      rag: "grijs",
      regel: "datum_ongeldig",
      uitleg: `${L.grijs}: status '${status.label}', maar ${k.opleverdatum.toLowerCase()} ${describeDate(o)} is geen datum — niet te beoordelen.`,
    };
  if (o.kind !== "datum") {
    return {
      rag: "rood",
      regel: "zonder_einddatum",
      uitleg: `${L.rood}: status '${status.label}' zonder einddatum (${k.opleverdatum.toLowerCase()} ${describeDate(o)}).`,
    };
  }
  const notLater = (dates: string) =>
    status.oordeel === "vertraagd"
      ? {
          rag: "oranje" as const,
          regel: "binnen_marge" as const,
          uitleg: `${L.oranje}: status '${status.label}'; ${dates}: niet later, maar een vertraagde actie is hoogstens ${L.oranje}.`,
        }
      : {
          rag: "groen" as const,
          regel: "op_schema" as const,
          uitleg: `${L.groen}: status '${status.label}'; ${dates}: niet later dan de nulmeting.`,
        };
  if (n.kind !== "datum" && a.verschuivingOpgegeven && NOT_LATER.includes(a.verschuivingOpgegeven)) {
    return notLater(
      `${k.opleverdatum.toLowerCase()} ${describeDate(o)}, nulmeting ${describeDate(n)} met opgegeven verschuiving '${a.verschuivingOpgegeven}'`,
    );
  }
  if (n.kind !== "datum") {
    const stated = a.verschuivingOpgegeven ? `; opgegeven verschuiving '${a.verschuivingOpgegeven}'` : "";
    return {
      rag: "grijs",
      regel: "nulmeting_onbekend",
      uitleg: `${L.grijs}: status '${status.label}', ${k.opleverdatum.toLowerCase()} ${describeDate(o)}, maar ${k.nulmeting.toLowerCase()} ${describeDate(n)}${stated} — de vertraging is niet te meten.`,
    };
  }
  const m = def.toegestaneVertragingMaanden;
  const limit = toleranceLimit(n.value.end, m);
  const dates = `${k.opleverdatum.toLowerCase()} ${describeDate(o)} t.o.v. nulmeting ${describeDate(n)}`;
  if (o.value.end <= n.value.end) return notLater(dates);
  if (o.value.end <= limit)
    return {
      rag: "oranje",
      regel: "binnen_marge",
      uitleg: `${L.oranje}: status '${status.label}'; ${dates}: hoogstens ${m} maanden later (grens ${formatIso(limit)}).`,
    };
  return {
    rag: "rood",
    regel: "buiten_marge",
    uitleg: `${L.rood}: status '${status.label}'; ${dates}: meer dan ${m} maanden later (grens ${formatIso(limit)}).`,
  };
}
