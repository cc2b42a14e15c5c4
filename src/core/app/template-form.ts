/**
 * The choices for a new standard workbook (unit, Meetmoment, Peildatum as typed) checked against the definition,
 * with a Dutch message per field: the task pane's "Standaardwerkmap invoegen" form; the rule is the core's.
 */
import type { Monitor } from "../model/schema";
import { fieldsTable, scaleOf, unitNames } from "../model";
import { parseDutchDate, type DateValue } from "../cells/dates";
import type { TemplateOptions } from "../engine/template";

export interface TemplateForm {
  regio: string;
  meetmoment: string;
  /** Text as typed, dd-mm-jjjj, or empty (only when the definition does not require it). */
  peildatum: string;
}

export type FormCheck =
  { ok: true; options: TemplateOptions } | { ok: false; fouten: Partial<Record<keyof TemplateForm, string>> };

/** The Meetmoment options of a definition (its field with role `meetmoment`). */
export function meetmomentOptions(def: Monitor): string[] {
  const f = fieldsTable(def)?.velden.find((v) => v.rol === "meetmoment");
  return scaleOf(def, f?.schaal)?.opties.map((o) => o.label) ?? [];
}

/** The check requires the Peildatum (the definition's field with role `peildatum` is verplicht). */
export function peildatumRequired(def: Monitor): boolean {
  return fieldsTable(def)?.velden.find((v) => v.rol === "peildatum")?.verplicht ?? false;
}

/** A Peildatum typed as dd-mm-jjjj (also d-m-jjjj); null for anything else. */
export function parsePeildatum(text: string): DateValue | null {
  const t = text.trim();
  if (!/^\d{1,2}-\d{1,2}-\d{4}$/.test(t)) return null;
  const p = parseDutchDate(t);
  return p.ok && p.value.exact ? p.value : null;
}

export function checkTemplateForm(def: Monitor, form: TemplateForm): FormCheck {
  const fouten: Partial<Record<keyof TemplateForm, string>> = {};
  if (!unitNames(def).includes(form.regio)) fouten.regio = "Kies uw regio.";
  if (!meetmomentOptions(def).includes(form.meetmoment)) fouten.meetmoment = "Kies het meetmoment.";
  let peildatum: DateValue | null = null;
  const required = peildatumRequired(def);
  if (form.peildatum.trim() !== "") {
    peildatum = parsePeildatum(form.peildatum);
    if (!peildatum)
      fouten.peildatum = required
        ? "Typ de peildatum als dd-mm-jjjj, bijvoorbeeld 15-01-2011."
        : "Typ de peildatum als dd-mm-jjjj, bijvoorbeeld 15-01-2011, of laat het veld leeg.";
  } else if (required) fouten.peildatum = "Vul de peildatum in als dd-mm-jjjj, bijvoorbeeld 15-01-2011.";
  if (Object.keys(fouten).length > 0) return { ok: false, fouten };
  return {
    ok: true,
    options: { eenheid: form.regio, meetmoment: form.meetmoment, peildatum: peildatum?.end },
  };
}
