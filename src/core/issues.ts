/**
 * Validation issues, as Frictionless and pyxform keep them: one catalogue in which every issue code has its
 * severity, a description and a message template. An issue is data first (code, severity, where, and the
 * data fields of its kind); its Dutch message is rendered from those fields by the catalogue, never written
 * at the place that finds the problem. Messages follow one order: where → what is wrong → what to do.
 */

import { ACCEPTED_DATE_FORMS } from "./cells/dates";

export type Severity = "fout" | "waarschuwing" | "info";

/** How a cell is filled in, so that a message can say what to do. */
export type InputKind = "tekst" | "keuze" | "datum" | "eenheid" | "email";

/** Where an issue is; `ref` in templates is `blad!cel`. */
export interface IssueLocation {
  bestand: string;
  blad?: string | null;
  rij?: number | null;
  kolom?: string | null;
  cel?: string | null;
}

interface Where {
  bestand: string;
  blad: string | null;
  rij: number | null;
  kolom: string | null;
  cel: string | null;
  /** `blad!cel` (or the cell alone). */
  ref: string;
}

interface Entry<D> {
  severity: Severity;
  /** What the code means, for the documentation and the JSON consumer. */
  beschrijving: string;
  /** The message, rendered from the issue's data and location. */
  bericht: (d: D, w: Where) => string;
}

const entry = <D>(e: Entry<D>): Entry<D> => e;
const quoteList = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(", ");
/** `'a'`, `'a' of 'b'`, `'a', 'b' of 'c'`. */
const quoteChoice = (xs: readonly string[]) =>
  xs.length <= 1 ? quoteList(xs) : `${quoteList(xs.slice(0, -1))} of '${xs[xs.length - 1]}'`;

/** What to do with an empty or wrong cell, from how the cell is filled in. */
function whatToDo(invoer: InputKind, opties: readonly string[] | undefined, onbekend: string | null): string {
  switch (invoer) {
    case "keuze":
      return opties && opties.length <= 4
        ? `Kies ${quoteChoice(opties)}.`
        : `Kies een waarde uit de keuzelijst${onbekend ? `; weet u het niet, kies dan '${onbekend}'` : ""}.`;
    case "eenheid":
      return "Kies een naam uit de keuzelijst.";
    case "datum":
      return "Vul een datum in, bijvoorbeeld 'juni 2011' of 15-01-2011.";
    case "email":
      return "Vul een e-mailadres in, zoals naam@organisatie.nl.";
    default:
      return "Vul de cel in.";
  }
}

/** The data of an issue found by a check of a rows table (`controles` in the definition). */
export interface CheckData {
  /** The row, e.g. `Mijlpaal M5`, `Actie 12`. */
  onderwerp: string;
  /** Header of the checked column. */
  kolom: string;
  /** The checked cell as typed, and the end of its date (dd-mm-jjjj). */
  datum: string;
  einde: string;
  peildatum: string;
  /** The column's first "no date" text. */
  zonderDatum: string;
}

/** The catalogue: one entry per issue code. */
export const CATALOGUE = {
  // --- Files and definitions ----------------------------------------------------------------------
  bestand_onleesbaar: entry<{ reden: string }>({
    severity: "fout",
    beschrijving: "Het bestand is geen leesbare .xlsx-werkmap (kapot, versleuteld, ander formaat, te groot).",
    bericht: (d) => `Het bestand is niet gelezen: ${d.reden}.`,
  }),
  andere_definitie: entry<{ opgenomenId: string | null; opgenomenVersie: string | null; verwacht: string }>({
    severity: "fout",
    beschrijving:
      "De werkmap hoort bij een andere monitor, of vermeldt geen monitor terwijl er geen standaard is.",
    bericht: (d) =>
      d.opgenomenId === null
        ? "De werkmap vermeldt niet met welke monitor hij is gemaakt. Kies de monitor (op de opdrachtregel met --definitie-id of --definitie)."
        : `De werkmap hoort bij een andere monitor ('${d.opgenomenId}', versie ${d.opgenomenVersie}) dan ${d.verwacht}. Lever de werkmap van deze monitor aan of laad de juiste definitie.`,
  }),
  onbekende_versie: entry<{ id: string; versie: string; bekend: string[] }>({
    severity: "fout",
    beschrijving: "De werkmap is gemaakt met een versie van de monitor die niet bekend is.",
    bericht: (d) =>
      `De werkmap is gemaakt met versie ${d.versie} van '${d.id}'; bekend zijn: ${d.bekend.join(", ")}. Vul de gegevens over in een nieuwe standaardwerkmap.`,
  }),
  geen_definitie: entry<{ naam: string; versie: string }>({
    severity: "info",
    beschrijving: "De werkmap vermeldt geen monitor; hij is gelezen met de standaard.",
    bericht: (d) =>
      `De werkmap vermeldt niet met welke monitor hij is gemaakt; gelezen als ${d.naam} (versie ${d.versie}).`,
  }),
  // --- Structure ----------------------------------------------------------------------------------
  blad_ontbreekt: entry<{ tabel: string; monitor: string }>({
    severity: "fout",
    beschrijving: "Een blad (met zijn tabel) van de standaardwerkmap ontbreekt.",
    bericht: (d, w) =>
      `Het blad '${w.blad}' ontbreekt. Gebruik de standaardwerkmap van ${d.monitor}; een blad met een andere naam wordt niet herkend.`,
  }),
  kop_ontbreekt: entry<{ kolommen: string[] }>({
    severity: "fout",
    beschrijving: "Op het blad is geen kopregel met de kolommen van de standaard gevonden.",
    bericht: (d, w) =>
      `Blad '${w.blad}': geen kopregel gevonden met de kolommen ${d.kolommen.join(", ")}. Zet de kopregel van de standaardwerkmap terug of plak de gegevens in een nieuwe standaardwerkmap.`,
  }),
  kolom_ontbreekt: entry<Record<string, never>>({
    severity: "fout",
    beschrijving: "Een kolom van de standaard ontbreekt in de kopregel.",
    bericht: (_d, w) =>
      `Blad '${w.blad}': kolom '${w.kolom}' ontbreekt in de kopregel (rij ${w.rij}). Voeg de kolom weer toe met precies deze naam.`,
  }),
  kolom_dubbel: entry<Record<string, never>>({
    severity: "fout",
    beschrijving: "Een kolom staat twee keer in de kopregel; de eerste is gelezen.",
    bericht: (_d, w) =>
      `Kolom '${w.kolom}' staat twee keer in de kopregel (${w.cel}); de eerste is gelezen. Verwijder of hernoem de tweede.`,
  }),
  kolom_extra: entry<Record<string, never>>({
    severity: "info",
    beschrijving: "Een kolom die niet bij de standaard hoort; hij is niet gelezen.",
    bericht: (_d, w) =>
      `Kolom '${w.kolom}' (${w.cel}) hoort niet bij de standaardwerkmap en is niet gelezen.`,
  }),
  tabel_als_bereik: entry<{ tabel: string }>({
    severity: "info",
    beschrijving: "De Excel-tabel is een gewoon bereik geworden; de gegevens zijn gelezen vanaf de kopregel.",
    bericht: (d, w) =>
      `Blad '${w.blad}': de tabel '${d.tabel}' is een gewoon bereik geworden; de gegevens zijn gelezen vanaf de kopregel in rij ${w.rij}.`,
  }),
  te_veel_rijen: entry<{ max: number }>({
    severity: "fout",
    beschrijving: "Het blad heeft meer rijen dan de monitor leest.",
    bericht: (d, w) =>
      `Blad '${w.blad}' heeft meer dan ${d.max} rijen onder de kopregel, het maximum. Verwijder de overbodige rijen en lever het bestand opnieuw aan.`,
  }),
  cellen_samengevoegd: entry<Record<string, never>>({
    severity: "waarschuwing",
    beschrijving: "Samengevoegde cellen in een tabel: alleen de eerste cel is gelezen.",
    bericht: (_d, w) =>
      `Blad '${w.blad}': cellen ${w.cel} zijn samengevoegd over de tabel; alleen de eerste cel is gelezen. Hef de samenvoeging op (Start > Samenvoegen en centreren) en vul elke cel apart in.`,
  }),
  vaste_rij_ontbreekt: entry<{ sleutel: string; label: string }>({
    severity: "fout",
    beschrijving: "Een vaste rij van de standaard ontbreekt.",
    bericht: (d, w) =>
      `Blad '${w.blad}': de vaste rij ${w.kolom} '${d.sleutel}' (${d.label}) ontbreekt. Zet de rij terug zoals in de standaardwerkmap.`,
  }),
  vaste_rij_gewijzigd: entry<{ gevonden: string; standaard: string }>({
    severity: "fout",
    beschrijving: "Een vaste tekst van de standaard is gewijzigd.",
    bericht: (d, w) =>
      `${w.kolom} in ${w.ref} is gewijzigd: '${d.gevonden}' in plaats van '${d.standaard}'. Zet de oorspronkelijke tekst terug; deze kolom is niet om in te vullen.`,
  }),
  rij_dubbel: entry<{ sleutel: string; eerdereRij: number }>({
    severity: "fout",
    beschrijving: "Een rij van de standaard staat twee keer; alleen de eerste is gelezen.",
    bericht: (d, w) =>
      `${w.kolom} '${d.sleutel}' staat twee keer op blad '${w.blad}' (ook in rij ${d.eerdereRij}); alleen de eerste is gelezen. Verwijder de dubbele rij.`,
  }),
  rij_onbekend: entry<{ sleutel: string | null; monitor: string }>({
    severity: "waarschuwing",
    beschrijving: "Een rij die niet bij de standaard hoort (of zonder sleutel); hij is niet gelezen.",
    bericht: (d, w) =>
      d.sleutel === null
        ? `Rij ${w.rij} op blad '${w.blad}' heeft geen ${w.kolom} en is niet gelezen. Verwijder de rij of vul een ${w.kolom} van de standaardwerkmap in.`
        : `${w.kolom} '${d.sleutel}' (${w.ref}) hoort niet bij ${d.monitor} en is niet gelezen. Verwijder de rij; nieuwe rijen horen in een nieuwe versie van de definitie.`,
  }),
  open_rij_sleutel_leeg: entry<{ rijNaam: string }>({
    severity: "fout",
    beschrijving: "Een rij die de eenheid toevoegde (open rij) heeft geen sleutel; hij is niet gelezen.",
    bericht: (d, w) =>
      `Rij ${w.rij} op blad '${w.blad}' heeft geen ${w.kolom} (${w.ref}) en is niet gelezen. Vul de ${w.kolom} in, of maak de rij helemaal leeg.`,
  }),
  open_rij_sleutel_onbekend: entry<{ sleutel: string; rijNaam: string; bekend: string[] }>({
    severity: "fout",
    beschrijving:
      "De sleutel van een open rij hoort bij geen vaste rij van de tabel waar hij naar verwijst; de rij is niet gelezen.",
    bericht: (d, w) =>
      `${w.kolom} '${d.sleutel}' (${w.ref}) is geen bekende ${d.rijNaam.toLowerCase()}; de rij is niet gelezen. Kies een waarde uit de keuzelijst${d.bekend.length <= 6 ? `: ${quoteList(d.bekend)}` : ""}.`,
  }),
  // --- Cells --------------------------------------------------------------------------------------
  verplicht_leeg: entry<{
    onderwerp: string;
    invoer: InputKind;
    opties?: string[];
    onbekend?: string | null;
  }>({
    severity: "fout",
    beschrijving: "Een verplichte cel is leeg.",
    bericht: (d, w) =>
      `${d.onderwerp} is leeg (${w.ref}). ${whatToDo(d.invoer, d.opties, d.onbekend ?? null)}`,
  }),
  ongeldig_antwoord: entry<{ onderwerp: string; gevonden: string; opties: string[] }>({
    severity: "fout",
    beschrijving: "Het antwoord is geen van de opties van de schaal.",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}): '${d.gevonden}' is geen geldig antwoord. Kies uit: ${quoteList(d.opties)}.`,
  }),
  onbekende_eenheid: entry<{ onderwerp: string; gevonden: string; aantal: number; soort: string }>({
    severity: "fout",
    beschrijving: "De naam is geen eenheid (regio, gemeente, …) van deze monitor.",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}): '${d.gevonden}' is geen ${d.soort} van deze monitor. Kies een van de ${d.aantal} namen uit de keuzelijst.`,
  }),
  ongeldige_datum: entry<{ onderwerp: string; gevonden: string; getal: boolean; zonderDatum?: string[] }>({
    severity: "fout",
    beschrijving: "De cel is geen datum die de monitor kent.",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}): ${d.getal ? `het getal ${d.gevonden} is geen datum` : `'${d.gevonden}' is geen datum die de monitor kent`}. Vul ${ACCEPTED_DATE_FORMS} in${d.zonderDatum && d.zonderDatum.length > 0 ? `, of ${d.zonderDatum.map((z) => `'${z}'`).join(" of ")} als er geen einddatum is` : ""}.`,
  }),
  datum_onwaarschijnlijk: entry<{ onderwerp: string; datum: string; van: number; tot: number }>({
    severity: "fout",
    beschrijving:
      "Een datumcel bevat een getal dat een onwaarschijnlijke datum geeft (vóór 1990 of na 2100): vaak een getal of een verkeerd gelezen jaartal.",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}): de datum ${d.datum} is onwaarschijnlijk (vóór ${d.van} of na ${d.tot}); waarschijnlijk staat er een getal in een datumcel. Vul ${ACCEPTED_DATE_FORMS} in.`,
  }),
  ongeldig_email: entry<{ onderwerp: string; gevonden: string }>({
    severity: "fout",
    beschrijving: "De cel lijkt geen e-mailadres.",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}): '${d.gevonden}' lijkt geen e-mailadres. Vul een adres in als naam@organisatie.nl.`,
  }),
  celfout: entry<{ onderwerp: string; fout: string }>({
    severity: "fout",
    beschrijving: "De cel bevat een Excel-fout (#N/B, #VERW!, …) in plaats van een waarde.",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}): de cel bevat de Excel-fout ${d.fout}. Vervang de formule of verwijzing door een waarde.`,
  }),
  groep_leeg: entry<{ groep: string; nummers: string[] }>({
    severity: "fout",
    beschrijving: "Van een groep vragen is geen enkele beantwoord, terwijl ten minste één verplicht is.",
    bericht: (d, w) =>
      `Vul bij ${d.nummers.join(", ")} ten minste één antwoord in (${d.groep}; vanaf ${w.ref}).`,
  }),
  verplicht_bij: entry<{ onderwerp: string; kolom: string; voorwaarde: string }>({
    severity: "fout",
    beschrijving:
      "Een cel die verplicht is bij een bepaald antwoord (zoals een toelichting bij 'Gedeeltelijk') is leeg.",
    bericht: (d, w) => `${d.onderwerp}: vul '${d.kolom}' in (${w.ref}); dat is verplicht ${d.voorwaarde}.`,
  }),
  // --- Checks of a rows table (definition: `controles`) -------------------------------------------
  datum_na_peildatum: entry<CheckData>({
    severity: "fout",
    beschrijving: "Iets is gereed gemeld met een datum na de peildatum.",
    bericht: (d) =>
      `${d.kolom} van ${d.onderwerp} ('${d.datum}', uiterlijk ${d.einde}) ligt na de peildatum ${d.peildatum}. Wat op de peildatum nog niet klaar was, is nog niet gereed: corrigeer de datum of de status.`,
  }),
  verwachte_datum_verstreken: entry<CheckData>({
    severity: "waarschuwing",
    beschrijving: "De verwachte datum van iets dat nog niet gereed is, ligt vóór de peildatum.",
    bericht: (d) =>
      `Verwachte datum verstreken: ${d.onderwerp} is nog niet gereed, maar de verwachte datum '${d.datum}' (uiterlijk ${d.einde}) ligt vóór de peildatum ${d.peildatum}. Werk de status of de verwachte datum bij.`,
  }),
  niet_van_toepassing_ingevuld: entry<{ onderwerp: string; voorwaarde: string }>({
    severity: "waarschuwing",
    beschrijving: "Een cel is ingevuld die bij dit meetmoment of dit antwoord niet geldt.",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}) is ingevuld maar geldt niet (${d.voorwaarde}). Maak de cel leeg of controleer het meetmoment.`,
  }),
  // --- Action monitors ----------------------------------------------------------------------------
  opleverdatum_leeg: entry<CheckData>({
    severity: "waarschuwing",
    beschrijving: "De opleverdatum is leeg; de actie telt als 'zonder einddatum'.",
    bericht: (d, w) =>
      `${d.onderwerp}: '${d.kolom}' is leeg (${w.ref}); de actie telt als 'zonder einddatum'. Vul de opleverdatum in, of '${d.zonderDatum}' als die er niet is.`,
  }),
  nulmeting_leeg: entry<CheckData>({
    severity: "waarschuwing",
    beschrijving: "De datum van de nulmeting is leeg; verschuiving en vertraging zijn niet te bepalen.",
    bericht: (d, w) =>
      `${d.onderwerp}: '${d.kolom}' is leeg (${w.ref}); de verschuiving en de vertraging zijn niet te bepalen. Vul de opleverdatum van de nulmeting in.`,
  }),
  verschuiving_wijkt_af: entry<{
    onderwerp: string;
    kolom: string;
    opgegeven: string;
    volgensDatums: string;
  }>({
    severity: "waarschuwing",
    beschrijving: "De opgegeven verschuiving wijkt af van wat de datums zeggen; de datums tellen.",
    bericht: (d, w) =>
      `${d.onderwerp}: '${d.kolom}' zegt '${d.opgegeven}' (${w.ref}), maar volgens de datums is het '${d.volgensDatums}'. De datums tellen; pas de verschuiving aan of laat de cel leeg.`,
  }),
  // --- National -----------------------------------------------------------------------------------
  dubbele_retour: entry<{ eenheid: string; winnaar: string }>({
    severity: "waarschuwing",
    beschrijving:
      "Voor dezelfde eenheid is nog een werkmap ontvangen; de werkmap met de latere peildatum telt.",
    bericht: (d) =>
      `Dubbel, niet meegeteld: voor ${d.eenheid} is ook '${d.winnaar}' ontvangen, met een latere of gelijke peildatum. Verwijder het oude bestand als dat klopt.`,
  }),
  rij_in_meer_retouren: entry<{ onderwerp: string; winnaar: string }>({
    severity: "waarschuwing",
    beschrijving:
      "Een vaste rij is in meer dan één retour ingevuld (een monitor zonder eenheden); de rij uit het eerste bestand op naam telt.",
    bericht: (d, w) =>
      `Dubbel, niet meegeteld: ${d.onderwerp} (${w.ref}) is ook ingevuld in '${d.winnaar}'; die rij telt. Laat de rij leeg in alle retouren behalve één.`,
  }),
  // --- Comparing and aggregating rounds ------------------------------------------------------------
  andere_monitor: entry<{ oud: string; nieuw: string }>({
    severity: "fout",
    beschrijving:
      "Twee metingen van verschillende monitors (een andere definitie-id) worden niet vergeleken; er wordt niets geschreven.",
    bericht: (d) =>
      `Niet vergeleken: de oude meting is van ${d.oud}, de nieuwe van ${d.nieuw}. Metingen van verschillende monitors zijn niet te vergelijken. Kies twee metingen van dezelfde monitor.`,
  }),
  andere_versie: entry<{ monitor: string; oudVersie: string; nieuwVersie: string }>({
    severity: "waarschuwing",
    beschrijving:
      "Twee metingen van dezelfde monitor, maar van verschillende versies: alleen wat in beide versies voorkomt, is vergeleken.",
    bericht: (d) =>
      `Andere versie van ${d.monitor}: de oude meting is van versie ${d.oudVersie}, de nieuwe van versie ${d.nieuwVersie}. Alleen wat in beide versies voorkomt, is vergeleken; de rest staat onder 'Niet vergeleken'.`,
  }),
  landelijk_overzicht_van: entry<{
    monitor: string;
    aantal: number;
    totaal: number;
    gekozenMet: string | null;
  }>({
    severity: "info",
    beschrijving:
      "Welke monitor een landelijk overzicht samenvoegt, en waarom: zo gekozen (op de opdrachtregel of met Definitie laden), of de monitor van de meeste bestanden.",
    bericht: (d) =>
      `Landelijk overzicht van ${d.monitor}: ${d.aantal} van de ${d.totaal} bestanden ${d.aantal === 1 ? "is" : "zijn"} van deze monitor${d.gekozenMet ? ` (gekozen met ${d.gekozenMet})` : d.aantal < d.totaal ? " (de monitor van de meeste bestanden)" : ""}.`,
  }),
  bestanden_andere_monitor: entry<{ monitor: string; aantal: number; bestanden: string[] }>({
    severity: "waarschuwing",
    beschrijving:
      "Bestanden van een andere monitor in de map van een landelijk overzicht: samen genoemd, niet meegeteld.",
    bericht: (d) =>
      `${d.aantal === 1 ? "1 bestand is" : `${d.aantal} bestanden zijn`} van ${d.monitor} en ${d.aantal === 1 ? "telt" : "tellen"} niet mee: ${d.bestanden.join(", ")}. Voeg ${d.aantal === 1 ? "dat bestand" : "die bestanden"} apart samen, in een eigen map.`,
  }),
  // --- Against the previous round (check --vorige) -------------------------------------------------
  antwoord_ongewijzigd: entry<{ onderwerp: string; antwoord: string; ronde: string }>({
    severity: "waarschuwing",
    beschrijving:
      "Het antwoord is gelijk aan dat van de vorige ronde, terwijl de definitie om een nieuw antwoord vraagt (vorige: opnieuw).",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}) is '${d.antwoord}', net als in de vorige ronde (${d.ronde}). Er is een nieuw antwoord gevraagd: controleer of het nog klopt op de nieuwe peildatum.`,
  }),
  landelijke_werkmap_als_retour: entry<Record<string, never>>({
    severity: "fout",
    beschrijving:
      "Een landelijke werkmap van Regiomonitor staat tussen de ingeleverde werkmappen van een ronde; hij telt niet mee.",
    bericht: (_d, w) =>
      `${w.bestand} is een landelijke werkmap van Regiomonitor, geen ingevulde werkmap: hij telt niet mee. Haal hem weg uit de ingeleverde werkmappen.`,
  }),
} as const;

export type IssueCode = keyof typeof CATALOGUE;
/** The data fields of an issue of kind C. */
export type IssueData<C extends IssueCode> = Parameters<(typeof CATALOGUE)[C]["bericht"]>[0];

/** Severity per code (derived from the catalogue). */
export const ISSUE_CODES: { [C in IssueCode]: Severity } = Object.fromEntries(
  Object.entries(CATALOGUE).map(([c, e]) => [c, e.severity]),
) as { [C in IssueCode]: Severity };

export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** File the issue is about. */
  bestand: string;
  /** Sheet name, or null for a file-level issue. */
  blad: string | null;
  /** 1-based sheet row, or null. */
  rij: number | null;
  /** Column header as defined, or null. */
  kolom: string | null;
  /** A1 address, or null. */
  cel: string | null;
  /** The data fields of this kind of issue (see CATALOGUE), from which `bericht` is rendered. */
  gegevens: Record<string, unknown>;
  /** Dutch message rendered by the catalogue: where, what is wrong, what to do. */
  bericht: string;
}

/** Makes an issue: its severity and message come from the catalogue. */
export function makeIssue<C extends IssueCode>(code: C, where: IssueLocation, data: IssueData<C>): Issue {
  const w: Where = {
    bestand: where.bestand,
    blad: where.blad ?? null,
    rij: where.rij ?? null,
    kolom: where.kolom ?? null,
    cel: where.cel ?? null,
    ref: where.blad ? `${where.blad}!${where.cel ?? ""}` : (where.cel ?? ""),
  };
  const e = CATALOGUE[code] as Entry<IssueData<C>>;
  return {
    code,
    severity: e.severity,
    bestand: w.bestand,
    blad: w.blad,
    rij: w.rij,
    kolom: w.kolom,
    cel: w.cel,
    gegevens: data as Record<string, unknown>,
    bericht: e.bericht(data, w),
  };
}

export const SEVERITY_ORDER: Severity[] = ["fout", "waarschuwing", "info"];

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const c: Record<Severity, number> = { fout: 0, waarschuwing: 0, info: 0 };
  for (const i of issues) c[i.severity] += 1;
  return c;
}

/** Stable order: file, sheet, row, column, code. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      a.bestand.localeCompare(b.bestand) ||
      (a.blad ?? "").localeCompare(b.blad ?? "") ||
      (a.rij ?? 0) - (b.rij ?? 0) ||
      (a.kolom ?? "").localeCompare(b.kolom ?? "") ||
      a.code.localeCompare(b.code),
  );
}

/** How a severity is written in a line of text (the same words as the counts: fouten, waarschuwingen). */
export const SEVERITY_TEXT: Record<Severity, string> = {
  fout: "fout",
  waarschuwing: "waarschuwing",
  info: "ter informatie",
};

/**
 * One line of text: "bestand.xlsx · fout: Status van mijlpaal M1 is leeg (Mijlpalen!C2). …". The place is
 * written before the message only when the message does not name it; the code is not shown (it is in JSON).
 */
export function formatIssue(i: Issue): string {
  const where = i.blad ? `${i.blad}${i.cel ? `!${i.cel}` : ""}` : "";
  const named = where !== "" && (i.bericht.includes(where) || (!i.cel && i.bericht.includes(`'${i.blad}'`)));
  return `${i.bestand}${where && !named ? ` · ${where}` : ""} · ${SEVERITY_TEXT[i.severity]}: ${i.bericht}`;
}
