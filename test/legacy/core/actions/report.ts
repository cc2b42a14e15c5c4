/**
 * The summary of one action-monitor workbook: every action judged, counts per colour, per group of the
 * definition (actiehouder; actielijn, bouwsteen, phase) and the shift of the opleverdatum against the
 * nulmeting. Pure data; `layout.ts` turns it into sheets.
 */
import type { Rag } from "../../../../src/core/sheet-model";
import type { Issue } from "../../../../src/core/issues";
import type { ActionReturn, ActionValue } from "./read";
import { judgeAction, shiftOf, type ActionJudgement, type ShiftResult } from "./stoplight";
import { SHIFTS, type ActionDefinition, type Shift } from "./schema";

export type RagCounts = Record<Rag, number>;

export interface JudgedAction {
  actie: ActionValue;
  oordeel: ActionJudgement;
  verschuiving: ShiftResult;
}

export interface GroupRow {
  /** The group's value (e.g. `VWS`, `1.1`). */
  waarde: string;
  /** The label shown (e.g. `1.1 Bespreekbaar maken`). */
  label: string;
  aantal: number;
  rag: RagCounts;
  /** Per status label (plus `(leeg of ongeldig)`). */
  perStatus: Record<string, number>;
  voltooid: number;
  /** voltooid ÷ aantal (0 when the group is empty). */
  fractieVoltooid: number;
}

export interface GroupSummary {
  titel: string;
  /** Header of the group's column (the header of the fixed column). */
  kolom: string;
  rijen: GroupRow[];
  totaal: GroupRow;
}

export interface ShiftRow {
  /** `onbekend` when neither the dates nor a stated category give the shift. */
  categorie: Shift | "onbekend";
  aantal: number;
  /** How many of these come from the stated category (column Verschuiving), not from the dates. */
  waarvanOpgegeven: number;
}

export interface ActionReport {
  bestand: string;
  definitie: { id: string; versie: string; naam: string };
  acties: JudgedAction[];
  totaal: GroupRow;
  groepen: GroupSummary[];
  verschuiving: ShiftRow[];
  fouten: number;
  waarschuwingen: number;
}

const NO_STATUS = "(leeg of ongeldig)";

function emptyCounts(): RagCounts {
  return { groen: 0, oranje: 0, rood: 0, grijs: 0 };
}

function groupRow(def: ActionDefinition, waarde: string, label: string, items: JudgedAction[]): GroupRow {
  const rag = emptyCounts();
  const perStatus: Record<string, number> = {};
  for (const s of def.statussen) perStatus[s.label] = 0;
  perStatus[NO_STATUS] = 0;
  let voltooid = 0;
  for (const j of items) {
    rag[j.oordeel.rag] += 1;
    perStatus[j.actie.status?.label ?? NO_STATUS] += 1;
    if (j.actie.status?.voltooid) voltooid += 1;
  }
  return {
    waarde,
    label,
    aantal: items.length,
    rag,
    perStatus,
    voltooid,
    fractieVoltooid: items.length === 0 ? 0 : voltooid / items.length,
  };
}

export function judgeActions(def: ActionDefinition, ret: ActionReturn): JudgedAction[] {
  return ret.acties.map((a) => ({ actie: a, oordeel: judgeAction(def, a), verschuiving: shiftOf(a) }));
}

export function buildActionReport(
  def: ActionDefinition,
  ret: ActionReturn,
  issues: readonly Issue[],
): ActionReport {
  const acties = judgeActions(def, ret);
  const groepen: GroupSummary[] = def.groeperingen.map((g) => {
    // Groups in the order of the definition's rows (deterministic, and the programme's own order).
    const order: string[] = [];
    const labels = new Map<string, string>();
    const members = new Map<string, JudgedAction[]>();
    for (const j of acties) {
      const v = j.actie.vast[g.kolom];
      if (!members.has(v)) {
        order.push(v);
        members.set(v, []);
        labels.set(v, (g.labelKolommen ?? [g.kolom]).map((c) => j.actie.vast[c]).join(" "));
      }
      members.get(v)!.push(j);
    }
    if (g.volgorde === "waarde") order.sort((a, b) => a.localeCompare(b, "nl", { numeric: true }));
    const kop = (g.labelKolommen ?? [g.kolom])
      .map((c) => def.vasteKolommen.find((x) => x.sleutel === c)?.kop ?? c)
      .join(" / ");
    return {
      titel: g.titel,
      kolom: kop,
      rijen: order.map((v) => groupRow(def, v, labels.get(v)!, members.get(v)!)),
      totaal: groupRow(def, "", "Totaal", acties),
    };
  });
  // `eerder` and `gelijk` are left out when some actions are only known as `eerder of gelijk` and none is
  // known as earlier or the same: printing "eerder 0" would claim what the data cannot tell.
  const cannotSplit = acties.some((j) => j.verschuiving.categorie === "eerder of gelijk");
  const allShifts: ShiftRow[] = SHIFTS.map((c) => {
    const items = acties.filter((j) => j.verschuiving.categorie === c);
    return {
      categorie: c,
      aantal: items.length,
      waarvanOpgegeven: items.filter((j) => j.verschuiving.bron === "opgegeven").length,
    };
  });
  const verschuiving = allShifts.filter(
    (s) =>
      s.aantal > 0 ||
      s.categorie === "later" ||
      s.categorie === "zonder einddatum" ||
      (s.categorie !== "eerder of gelijk" && !cannotSplit),
  );
  const unknown = acties.filter((j) => j.verschuiving.categorie === null).length;
  if (unknown > 0) verschuiving.push({ categorie: "onbekend", aantal: unknown, waarvanOpgegeven: 0 });
  return {
    bestand: ret.bestand,
    definitie: { id: def.id, versie: def.versie, naam: def.naam },
    acties,
    totaal: groupRow(def, "", "Totaal", acties),
    groepen,
    verschuiving,
    fouten: issues.filter((i) => i.severity === "fout").length,
    waarschuwingen: issues.filter((i) => i.severity === "waarschuwing").length,
  };
}
