/**
 * Validation issues, as Frictionless and pyxform keep them: one catalogue in which every issue code has its
 * severity, a description and a message template. An issue is data first (code, severity, where, and the
 * data fields of its kind); its Dutch message is rendered from those fields by the catalogue, never written
 * at the place that finds the problem. Messages follow one order: where → what is wrong → what to do.
 */

import { ACCEPTED_DATE_FORMS } from "./cells/dates";

export type Severity = "fout" | "waarschuwing" | "info";

/**
 * Groups of codes, for lists and filters: the file (`bestand`), the structure of a return (`structuur`),
 * what was typed in a cell (`invoer`), a check of a rows table (`controle`), the national round
 * (`landelijk`), comparing rounds (`vergelijking`), a monitor's definition (`definitie`, with `instelling`,
 * `verwijzing` or `voorwaarde` for what in it is wrong), what the task pane tells about its own work
 * (`taakvenster`), and of those the status lines shown while it works or after (`status`, no notice).
 */
export type Tag =
  | "bestand"
  | "structuur"
  | "invoer"
  | "controle"
  | "landelijk"
  | "vergelijking"
  | "definitie"
  | "instelling"
  | "verwijzing"
  | "voorwaarde"
  | "taakvenster"
  | "status"
  | "opdrachtregel";

/** How a cell is filled in, so that a message can say what to do. */
export type InputKind = "tekst" | "keuze" | "datum" | "eenheid" | "email";

/** Where an issue is; `ref` in templates is `blad!cel`. */
export interface IssueLocation {
  bestand: string;
  blad?: string | null;
  rij?: number | null;
  kolom?: string | null;
  cel?: string | null;
  /** A place inside a JSON definition (`tabellen[2].velden[0].schaal`), when there is no sheet. */
  pad?: string | null;
}

interface Where {
  bestand: string;
  blad: string | null;
  rij: number | null;
  kolom: string | null;
  cel: string | null;
  /** `blad!cel` (or the cell alone). */
  ref: string;
  pad: string | null;
}

interface Entry<D> {
  severity: Severity;
  /** Groups the code belongs to (see Tag). */
  tags?: readonly Tag[];
  /** What the code means, for the documentation and the JSON consumer. */
  beschrijving: string;
  /** A short heading, where a host shows the message under one (the task pane's notices). */
  titel?: string;
  /** The message, rendered from the issue's data and location. */
  bericht: (d: D, w: Where) => string;
}

const entry = <D>(e: Entry<D>): Entry<D> => e;
const quoteList = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(", ");
/** `'a'`, `'a' of 'b'`, `'a', 'b' of 'c'`. */
const quoteChoice = (xs: readonly string[]) =>
  xs.length <= 1 ? quoteList(xs) : `${quoteList(xs.slice(0, -1))} of '${xs[xs.length - 1]}'`;

/** `a`, `a of b`, `a, b of c`. */
const orText = (xs: readonly string[]) =>
  xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} of ${xs[xs.length - 1]}`;

/** A type of the model in words: `string` → `een tekst`. */
const typeText = (t: string): string =>
  ({
    string: "een tekst",
    number: "een getal",
    int: "een geheel getal",
    boolean: "ja of nee",
    array: "een lijst",
    object: "een groep gegevens",
  })[t] ?? t;

/** What is wrong with a value out of bounds, and what to write instead. */
function boundText(d: { grens: "min" | "max"; waarde: string; soort: "lijst" | "tekst" | "getal" }): string {
  const min = d.grens === "min";
  if (d.soort === "lijst")
    return min
      ? `hier hoort minstens ${d.waarde === "1" ? "één waarde" : `${d.waarde} waarden`}. Vul die in`
      : `hier mogen hoogstens ${d.waarde} waarden staan. Haal er een paar weg`;
  if (d.soort === "tekst")
    return min
      ? d.waarde === "1"
        ? "de tekst mag niet leeg zijn. Vul een tekst in"
        : `de tekst is te kort: minstens ${d.waarde} tekens. Vul meer in`
      : `de tekst is te lang: hoogstens ${d.waarde} tekens. Maak hem korter`;
  return `het getal moet ${min ? "minstens" : "hoogstens"} ${d.waarde} zijn. Vul zo'n getal in`;
}

/** "Blad 'Vragen', rij 3, kolom 'Schaal'" (the place of a definition issue in a workbook). */
function spotText(s: { blad: string; rij?: number | null; kolom?: string | null }): string {
  return [`Blad '${s.blad}'`, s.rij != null ? `rij ${s.rij}` : "", s.kolom ? `kolom '${s.kolom}'` : ""]
    .filter((p) => p !== "")
    .join(", ");
}

/**
 * A definition's message: its place, then one sentence. In a workbook the place is the sheet, row and
 * column; in a JSON file the path in the file; never an internal path in a workbook's message.
 */
function at(w: Where, text: string): string {
  const t = text.trim();
  const sentence = /[.!?]$/.test(t) ? t : `${t}.`;
  if (w.blad) return `${spotText({ blad: w.blad, rij: w.rij, kolom: w.kolom })}: ${sentence}`;
  if (w.pad !== null) return `${w.pad}: ${sentence}`;
  return `In de definitie: ${sentence}`;
}

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

// pane notices (pane17): two shapes of entry for the block "pane notices" in the catalogue below.
/** A status line of the task pane (no heading, no notice): what it is doing, or what it did last. */
const paneStatus = <D>(beschrijving: string, bericht: Entry<D>["bericht"]): Entry<D> =>
  entry<D>({ severity: "info", tags: ["taakvenster", "status"], beschrijving, bericht });

/** The national sheets written: which monitor and why, and what was counted (`ontvangen`, `nietMeegeteld`). */
interface RoundWritten {
  monitor: string;
  ontvangen: string;
  nietMeegeteld: string;
}

/** A notice that a round's national sheets were written; `tekst` gets the counts as one phrase (`geteld`). */
const paneRoundWritten = (
  titel: string,
  beschrijving: string,
  tekst: (d: { monitor: string; geteld: string }) => string,
): Entry<RoundWritten> =>
  entry<RoundWritten>({
    severity: "info",
    tags: ["taakvenster", "landelijk"],
    titel,
    beschrijving,
    bericht: (d) =>
      tekst({
        monitor: d.monitor,
        geteld: `${d.ontvangen}${d.nietMeegeteld ? `${d.nietMeegeteld} (zie hieronder)` : ""}`,
      }),
  });

/** Status lines without data, each from its description and its text. */
const paneFixedStatus = <K extends string>(
  lines: Record<K, readonly [beschrijving: string, tekst: string]>,
): Record<K, Entry<Record<string, never>>> =>
  Object.fromEntries(
    Object.entries<readonly [string, string]>(lines).map(([k, [b, t]]) => [k, paneStatus(b, () => t)]),
  ) as Record<K, Entry<Record<string, never>>>;

/** A notice of the task pane whose message is the host's or the core's own Dutch message (`reden`). */
const paneHostNotice = (severity: Severity, titel: string, beschrijving: string): Entry<{ reden: string }> =>
  entry<{ reden: string }>({ severity, tags: ["taakvenster"], titel, beschrijving, bericht: (d) => d.reden });

// cli notices (dup17): the words of those notices -----------------------------------------------------
/** The kinds of file the command line writes, as its status line names them. */
const WRITTEN = {
  werkmap: "Geschreven",
  definitie: "Definitie geschreven",
  landelijk: "Landelijke werkmap geschreven",
  json: "JSON geschreven",
  vergelijking: "Vergelijking geschreven",
  reeks: "Reeks geschreven",
  rapport: "Rapport geschreven",
} as const;
export type WrittenKind = keyof typeof WRITTEN;

/** The files the tool writes that are no national round, as a notice names them. */
const WRONG_KIND = {
  vergelijking: "een vergelijking van twee metingen ('regiomonitor compare')",
  reeks: "een reeks van metingen ('regiomonitor reeks')",
  definitie: "de definitie van een monitor",
  controle: "de controle van één werkmap ('regiomonitor check --json')",
  retour: "een werkmap om in te vullen (of een ingevulde werkmap van één eenheid)",
  json: "een JSON-bestand van een andere soort",
  werkmap: "een werkmap zonder de gegevens van een landelijke meting",
} as const;
export type WrongKind = keyof typeof WRONG_KIND;

/** What went wrong with a file or folder in the file system, in words (never an error code). */
export type FileTrouble =
  | "bestaat_niet"
  | "pad_is_bestand"
  | "is_map"
  | "geen_toegang"
  | "in_gebruik"
  | "schijf_vol"
  | "alleen_lezen"
  | "naam_te_lang"
  | "te_veel_open"
  | "schijffout"
  | "anders";

function fileTroubleText(t: FileTrouble, p: string, schrijven: boolean): string {
  const what = schrijven ? "schrijven" : "lezen";
  switch (t) {
    case "bestaat_niet":
      return schrijven
        ? `Kan '${p}' niet schrijven: de map bestaat niet. Controleer het pad.`
        : `Het bestand of de map '${p}' bestaat niet. Controleer de naam en de map.`;
    case "pad_is_bestand":
      return `Kan '${p}' niet ${what}: een deel van het pad is een bestand, geen map. Controleer het pad.`;
    case "is_map":
      return `'${p}' is een map. Geef een bestand op.`;
    case "geen_toegang":
      return `Geen toegang tot '${p}': u mag dit bestand of deze map niet ${what}. Kies een andere plek of vraag de beheerder om rechten.`;
    case "in_gebruik":
      return `'${p}' is in gebruik, bijvoorbeeld geopend in Excel. Sluit het bestand en probeer het opnieuw.`;
    case "schijf_vol":
      return `Kan '${p}' niet schrijven: de schijf is vol. Maak ruimte vrij of kies een andere plek.`;
    case "alleen_lezen":
      return `Kan '${p}' niet schrijven: op deze schijf mag niet worden geschreven. Kies een andere plek.`;
    case "naam_te_lang":
      return `De naam '${p}' is te lang. Kies een kortere naam of map.`;
    case "te_veel_open":
      return `Er zijn te veel bestanden tegelijk open; '${p}' is niet ${schrijven ? "geschreven" : "gelezen"}. Probeer het opnieuw.`;
    case "schijffout":
      return `'${p}' is niet te ${what} door een fout van de schijf of het netwerk. Probeer het opnieuw.`;
    case "anders":
      return `Kan '${p}' niet ${what}. Controleer het pad en de rechten.`;
  }
}

/** The catalogue: one entry per issue code. */
export const CATALOGUE = {
  // --- Files and definitions ----------------------------------------------------------------------
  bestand_onleesbaar: entry<{ reden: string }>({
    severity: "fout",
    tags: ["bestand"],
    beschrijving: "Het bestand is geen leesbare .xlsx-werkmap (kapot, versleuteld, ander formaat, te groot).",
    bericht: (d) => `Het bestand is niet gelezen: ${d.reden}.`,
  }),
  andere_definitie: entry<{ opgenomenId: string | null; opgenomenVersie: string | null; verwacht: string }>({
    severity: "fout",
    tags: ["bestand"],
    beschrijving:
      "De werkmap hoort bij een andere monitor, of vermeldt geen monitor terwijl er geen standaard is.",
    bericht: (d) =>
      d.opgenomenId === null
        ? "De werkmap vermeldt niet met welke monitor hij is gemaakt. Kies de monitor (op de opdrachtregel met --definitie-id of --definitie)."
        : `De werkmap hoort bij een andere monitor ('${d.opgenomenId}', versie ${d.opgenomenVersie}) dan ${d.verwacht}. Lever de werkmap van deze monitor aan of laad de juiste definitie.`,
  }),
  onbekende_versie: entry<{ id: string; versie: string; bekend: string[] }>({
    severity: "fout",
    tags: ["bestand"],
    beschrijving: "De werkmap is gemaakt met een versie van de monitor die niet bekend is.",
    bericht: (d) =>
      `De werkmap is gemaakt met versie ${d.versie} van '${d.id}'; bekend zijn: ${d.bekend.join(", ")}. Vul de gegevens over in een nieuwe standaardwerkmap.`,
  }),
  geen_definitie: entry<{ naam: string; versie: string }>({
    severity: "info",
    tags: ["bestand"],
    beschrijving: "De werkmap vermeldt geen monitor; hij is gelezen met de standaard.",
    bericht: (d) =>
      `De werkmap vermeldt niet met welke monitor hij is gemaakt; gelezen als ${d.naam} (versie ${d.versie}).`,
  }),
  // --- Definitions (a monitor's definition: a workbook or a JSON file) --------------------------------
  // The place comes first: "Blad 'Vragen', rij 3, kolom 'Schaal': …" in a workbook, the path in a JSON
  // file; then what is wrong and what to write there.
  definitie_geen_json: entry<{ reden: string }>({
    severity: "fout",
    tags: ["definitie", "bestand"],
    beschrijving: "Het definitiebestand is geen geldige JSON.",
    bericht: (d) =>
      `Het bestand is geen geldige JSON (${d.reden}). Kies een definitie als .json-bestand of als Excel-werkmap.`,
  }),
  definitie_geen_definitiebestand: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie", "bestand"],
    beschrijving: "Het gekozen bestand is geen .json-bestand en geen Excel-werkmap, dus geen definitie.",
    bericht: () => "Dit is geen definitie. Kies een .json-bestand of een Excel-werkmap (.xlsx).",
  }),
  definitie_geen_instellingen: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie", "bestand"],
    beschrijving: "De werkmap heeft geen blad Instellingen en is dus geen definitie.",
    bericht: (_d, w) =>
      `${w.bestand} is geen definitie: het blad 'Instellingen' ontbreekt (met de kolommen Instelling en Waarde, en de instellingen Code, Versie en Naam).`,
  }),
  definitie_blad_onbekend: entry<{ bladen: string[] }>({
    severity: "fout",
    tags: ["definitie", "structuur"],
    beschrijving: "Een blad van de definitiewerkmap heeft een naam die Regiomonitor niet kent.",
    bericht: (d, w) =>
      at(
        w,
        `dit blad is onbekend. Een definitie heeft de bladen ${d.bladen.join(", ")}; hernoem het blad of zet een _ voor de naam (dan wordt het overgeslagen)`,
      ),
  }),
  definitie_blad_te_lang: entry<{ max: number }>({
    severity: "fout",
    tags: ["definitie", "structuur"],
    beschrijving: "Een blad van de definitie heeft meer rijen dan Regiomonitor leest.",
    bericht: (d, w) =>
      at(
        w,
        `het blad heeft meer dan ${d.max} rijen; zoveel rijen leest Regiomonitor niet. Haal lege of overbodige rijen weg`,
      ),
  }),
  definitie_blad_niet_samen: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie", "structuur"],
    beschrijving: "Een blad van de eenvoudige vorm (Vragen, Mijlpalen) staat naast het blad Tabellen.",
    bericht: (_d, w) =>
      at(w, "gebruik dit blad niet samen met het blad 'Tabellen': zet de rijen op het blad 'Rijen'"),
  }),
  definitie_kolom_ontbreekt: entry<{ kolom: string }>({
    severity: "fout",
    tags: ["definitie", "structuur"],
    beschrijving: "Een verplichte kolom ontbreekt in de kopregel van een blad van de definitie.",
    bericht: (d, w) => at(w, `de kolom ontbreekt. Zet '${d.kolom}' in de kopregel`),
  }),
  definitie_kolom_onbekend: entry<{ kolommen: string[] }>({
    severity: "fout",
    tags: ["definitie", "structuur"],
    beschrijving: "Een kolom in de kopregel hoort niet bij dit blad van de definitie.",
    bericht: (d, w) => at(w, `deze kolom is onbekend. Kolommen van dit blad: ${d.kolommen.join(", ")}`),
  }),
  definitie_rijen_kolom_onbekend: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie", "structuur"],
    beschrijving: "Een kolom van het blad Rijen is geen vaste kolom van een tabel.",
    bericht: (_d, w) =>
      at(
        w,
        "deze kolom is geen vaste kolom van een tabel (blad 'Kolommen', Vast = ja). Hernoem of verwijder de kolom",
      ),
  }),
  definitie_tabel_niet_op_blad: entry<{ tabel: string; bekend: string[] }>({
    severity: "fout",
    tags: ["definitie", "verwijzing"],
    beschrijving: "Een rij noemt een tabel die niet op het blad Tabellen staat.",
    bericht: (d, w) =>
      at(w, `tabel '${d.tabel}' staat niet op het blad 'Tabellen'. Kies ${orText(d.bekend)}`),
  }),
  definitie_kolom_bij_vorm: entry<{ vorm: string }>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een kolom van het blad Tabellen is ingevuld bij een tabel van de andere vorm.",
    bericht: (d, w) => at(w, `deze kolom hoort alleen bij een tabel met vorm '${d.vorm}'. Maak de cel leeg`),
  }),
  definitie_velden_zonder_tabel: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Het blad Velden is ingevuld, maar geen tabel op het blad Tabellen heeft de vorm 'velden'.",
    bericht: (_d, w) =>
      at(
        w,
        "er is geen tabel met vorm 'velden' op het blad 'Tabellen'. Voeg die tabel toe, of maak dit blad leeg",
      ),
  }),
  // Cells of a definition workbook.
  definitie_cel_leeg: entry<{ kolom: string }>({
    severity: "fout",
    tags: ["definitie", "invoer"],
    beschrijving: "Een cel die niet leeg mag zijn, is leeg.",
    bericht: (d, w) => at(w, `de cel is leeg. Vul '${d.kolom}' in`),
  }),
  definitie_celfout: entry<{ fout: string }>({
    severity: "fout",
    tags: ["definitie", "invoer"],
    beschrijving: "Een cel van de definitie bevat een Excel-fout (#N/B, #VERW!, …) in plaats van een waarde.",
    bericht: (d, w) => at(w, `de cel bevat de fout ${d.fout}. Vul een waarde in`),
  }),
  definitie_geen_geheel_getal: entry<{ gevonden: string; min: number; max: number }>({
    severity: "fout",
    tags: ["definitie", "invoer"],
    beschrijving: "Een cel vraagt een geheel getal binnen grenzen.",
    bericht: (d, w) =>
      at(w, `'${d.gevonden}' is geen geheel getal van ${d.min} tot en met ${d.max}. Vul zo'n getal in`),
  }),
  definitie_geen_getal: entry<{ gevonden: string; min: number; max: number }>({
    severity: "fout",
    tags: ["definitie", "invoer"],
    beschrijving: "Een cel vraagt een getal binnen grenzen.",
    bericht: (d, w) =>
      at(
        w,
        `'${d.gevonden}' is geen getal van ${d.min} tot en met ${d.max}. Vul zo'n getal in, met een komma: 0,5`,
      ),
  }),
  definitie_geen_ja_nee: entry<{ gevonden: string }>({
    severity: "fout",
    tags: ["definitie", "invoer"],
    beschrijving: "Een cel vraagt ja of nee.",
    bericht: (d, w) => at(w, `'${d.gevonden}' is geen ja of nee. Vul ja of nee in`),
  }),
  definitie_geen_keuze: entry<{ gevonden: string; wat: string; keuzes: string[] }>({
    severity: "fout",
    tags: ["definitie", "invoer"],
    beschrijving: "Een cel vraagt een waarde uit een vaste lijst (type, vorm, soort, rol, …).",
    bericht: (d, w) => at(w, `'${d.gevonden}' is geen ${d.wat}. Kies ${orText(d.keuzes)}`),
  }),
  definitie_geen_datum: entry<{ gevonden: string }>({
    severity: "fout",
    tags: ["definitie", "invoer"],
    beschrijving: "Een cel vraagt een datum als dd-mm-jjjj.",
    bericht: (d, w) =>
      at(w, `'${d.gevonden}' is geen datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 31-12-2010`),
  }),
  definitie_geen_weergave: entry<{ gevonden: string }>({
    severity: "fout",
    tags: ["definitie", "invoer"],
    beschrijving: "Een weergave van een landelijke matrix is niet per regel 'optie = tekst' geschreven.",
    bericht: (d, w) => at(w, `'${d.gevonden}' is geen weergave. Schrijf per regel 'optie = tekst'`),
  }),
  definitie_verplicht_ongeldig: entry<{ gevonden: string }>({
    severity: "fout",
    tags: ["definitie", "invoer"],
    beschrijving: "De kolom Verplicht vraagt ja, nee of 'als' gevolgd door een voorwaarde.",
    bericht: (d, w) =>
      at(w, `'${d.gevonden}' is geen ja, nee of 'als <voorwaarde>'. Bijvoorbeeld: als status = Gedeeltelijk`),
  }),
  // Settings.
  definitie_instelling_onbekend: entry<{ gevonden: string; instellingen: string[] }>({
    severity: "fout",
    tags: ["definitie", "instelling"],
    beschrijving: "Een rij van het blad Instellingen noemt een instelling die niet bestaat.",
    bericht: (d, w) => at(w, `'${d.gevonden}' is geen instelling. Kies ${d.instellingen.join(", ")}`),
  }),
  definitie_instelling_dubbel: entry<{ instelling: string; eerdereRij: number }>({
    severity: "fout",
    tags: ["definitie", "instelling"],
    beschrijving: "Een instelling staat twee keer op het blad Instellingen.",
    bericht: (d, w) =>
      at(
        w,
        `de instelling '${d.instelling}' staat ook in rij ${d.eerdereRij}. Verwijder een van de twee rijen`,
      ),
  }),
  definitie_instelling_leeg: entry<{ instelling: string }>({
    severity: "fout",
    tags: ["definitie", "instelling"],
    beschrijving: "Een verplichte instelling heeft geen waarde.",
    bericht: (d, w) => at(w, `de waarde van '${d.instelling}' is leeg. Vul die in`),
  }),
  definitie_instelling_ontbreekt: entry<{ instelling: string }>({
    severity: "fout",
    tags: ["definitie", "instelling"],
    beschrijving: "Een verplichte instelling (Code, Versie, Naam) ontbreekt.",
    bericht: (d, w) =>
      at(w, `de instelling '${d.instelling}' ontbreekt. Voeg een rij toe met '${d.instelling}' en de waarde`),
  }),
  definitie_geen_eenheden: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie", "instelling"],
    beschrijving: "De instellingen noemen een soort eenheid, maar het blad Eenheden is leeg.",
    bericht: (_d, w) =>
      at(
        w,
        "er zijn geen eenheden. Zet de namen op het blad 'Eenheden', of maak 'Soort eenheid' en 'Soort eenheid meervoud' leeg",
      ),
  }),
  definitie_instelling_vervalt: entry<{ instelling: string; tabel: string }>({
    severity: "info",
    tags: ["definitie", "instelling", "verwijzing"],
    beschrijving:
      "Een instelling noemt een tabel waarvan de rijen zijn verwijderd; de standaard (geen) geldt.",
    bericht: (d, w) =>
      at(
        w,
        `'${d.instelling}' noemt de tabel '${d.tabel}', maar die heeft geen rijen meer; de standaard geldt (geen). Maak de cel leeg om deze melding te laten verdwijnen`,
      ),
  }),
  definitie_landelijk_vervalt: entry<{ blad: string; tabel: string }>({
    severity: "info",
    tags: ["definitie", "verwijzing"],
    beschrijving:
      "Een landelijk blad telt een tabel waarvan de rijen zijn verwijderd; dat landelijke blad wordt niet gemaakt.",
    bericht: (d, w) =>
      at(
        w,
        `het landelijke blad '${d.blad}' telt de tabel '${d.tabel}', maar die heeft geen rijen meer; dit blad wordt niet gemaakt. Verwijder de rij om deze melding te laten verdwijnen`,
      ),
  }),
  // Conditions (Geldt als, Als, Verplicht: als …).
  definitie_naam_onbekend: entry<{
    naam: string;
    soort: "veld" | "kolom" | "rij" | "naam";
    velden: string[];
    kolommen: string[];
  }>({
    severity: "fout",
    tags: ["definitie", "voorwaarde"],
    beschrijving: "Een voorwaarde noemt een veld, kolom of rij die niet bestaat.",
    bericht: (d, w) =>
      at(
        w,
        `'${d.naam}' is geen ${d.soort === "naam" ? "veld, kolom of rij" : d.soort}. ${[d.velden.length > 0 ? `Velden: ${d.velden.join(", ")}` : "", d.kolommen.length > 0 ? `kolommen: ${d.kolommen.join(", ")}` : ""].filter((p) => p !== "").join("; ")}`,
      ),
  }),
  definitie_voorwaarde_ongeldig: entry<{ gevonden: string }>({
    severity: "fout",
    tags: ["definitie", "voorwaarde"],
    beschrijving: "Een voorwaarde is niet te lezen.",
    bericht: (d, w) =>
      at(
        w,
        `'${d.gevonden}' is geen voorwaarde. Schrijf bijvoorbeeld 'Meetmoment = Eindfoto', 'status is niet Vervallen', 'status is leeg', 'opleverdatum datum ontbreekt', 'verwachteDatum na normdatum + 12 maanden' of 'rij ontbreekt'`,
      ),
  }),
  definitie_voorwaarde_onvolledig: entry<{ ontbreekt: "waarde" | "datum" }>({
    severity: "fout",
    tags: ["definitie", "voorwaarde"],
    beschrijving: "Een voorwaarde mist een waarde of een datum om mee te vergelijken.",
    bericht: (d, w) =>
      at(
        w,
        d.ontbreekt === "datum"
          ? "er ontbreekt een datum om mee te vergelijken. Schrijf bijvoorbeeld 'verwachteDatum na normdatum + 12 maanden'"
          : "er ontbreekt een waarde. Schrijf bijvoorbeeld 'status = Gereed'",
      ),
  }),
  definitie_aanhalingsteken: entry<{ tekst: string }>({
    severity: "fout",
    tags: ["definitie", "voorwaarde"],
    beschrijving: "Een waarde in een voorwaarde opent een aanhalingsteken dat niet wordt gesloten.",
    bericht: (d, w) =>
      at(w, `het aanhalingsteken in ${d.tekst} wordt niet gesloten. Zet een " aan het eind van de waarde`),
  }),
  // The model's own rules (the same for a workbook and a JSON file).
  definitie_ontbreekt: entry<{ verwacht: string }>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een verplichte waarde van de definitie ontbreekt.",
    bericht: (d, w) => at(w, `de waarde ontbreekt. Vul ${typeText(d.verwacht)} in`),
  }),
  definitie_verkeerd_type: entry<{ verwacht: string }>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een waarde van de definitie heeft de verkeerde soort (tekst, getal, lijst, …).",
    bericht: (d, w) => at(w, `hier hoort ${typeText(d.verwacht)}. Vul ${typeText(d.verwacht)} in`),
  }),
  definitie_sleutel_onbekend: entry<{ sleutels: string[] }>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een JSON-definitie heeft een sleutel die het model niet kent.",
    bericht: (d, w) => at(w, `onbekende sleutel(s): ${quoteList(d.sleutels)}. Verwijder of hernoem ze`),
  }),
  definitie_waarde_niet_toegestaan: entry<{ toegestaan: string[] }>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een waarde van de definitie is geen van de toegestane waarden.",
    bericht: (d, w) => at(w, `deze waarde kan hier niet. Kies ${orText(d.toegestaan)}`),
  }),
  definitie_buiten_grens: entry<{ grens: "min" | "max"; waarde: string; soort: "lijst" | "tekst" | "getal" }>(
    {
      severity: "fout",
      tags: ["definitie"],
      beschrijving: "Een waarde (een getal, een tekst, een lijst) is te klein, te groot, te kort of te lang.",
      bericht: (d, w) => at(w, boundText(d)),
    },
  ),
  definitie_vorm_ongeldig: entry<{ verwacht: string }>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving:
      "Een waarde van de definitie heeft niet de vorm die het model vraagt (een code, een datum, …).",
    bericht: (d, w) => at(w, `de waarde heeft niet de goede vorm. Schrijf ${d.verwacht}`),
  }),
  definitie_dubbel: entry<{ waarde: string }>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een naam of code die uniek moet zijn, komt twee keer voor.",
    bericht: (d, w) =>
      at(w, `'${d.waarde}' komt twee keer voor. Geef de tweede een andere naam of verwijder hem`),
  }),
  definitie_lid_dubbel: entry<{ lid: string; eenheid: string | null }>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een lid (gemeente, …) staat bij twee eenheden; een lid hoort bij één eenheid.",
    bericht: (d, w) =>
      at(w, `'${d.lid}' staat al bij ${d.eenheid ?? "een andere eenheid"}. Noem het lid bij één eenheid`),
  }),
  definitie_geen_leden: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie", "instelling"],
    beschrijving: "De leden hebben een naam, maar geen enkele eenheid heeft leden.",
    bericht: (_d, w) =>
      at(w, "geen enkele eenheid heeft leden. Vul bij de eenheden de leden in, of maak deze instelling leeg"),
  }),
  definitie_schaal_ontbreekt: entry<{ bekend: string[] }>({
    severity: "fout",
    tags: ["definitie", "verwijzing"],
    beschrijving: "Een cel van het type keuze noemt geen schaal.",
    bericht: (d, w) =>
      at(w, `bij type 'keuze' hoort een schaal. Schrijf de naam van een schaal: ${d.bekend.join(", ")}`),
  }),
  definitie_schaal_onbekend: entry<{ schaal: string; bekend: string[] }>({
    severity: "fout",
    tags: ["definitie", "verwijzing"],
    beschrijving: "Een schaal wordt genoemd die niet bestaat.",
    bericht: (d, w) =>
      at(w, `de schaal '${d.schaal}' bestaat niet. Schrijf de naam van een schaal: ${d.bekend.join(", ")}`),
  }),
  definitie_velden_dubbel: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Meer dan één tabel heeft de vorm 'velden'.",
    bericht: (_d, w) =>
      at(w, "hoogstens één tabel mag de vorm 'velden' hebben. Geef de andere de vorm 'rijen'"),
  }),
  definitie_eenheid_zonder_eenheden: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een veld van het type eenheid in een monitor zonder eenheden.",
    bericht: (_d, w) =>
      at(
        w,
        "type 'eenheid' kan alleen als de monitor eenheden heeft. Kies een ander type, of voeg eenheden toe",
      ),
  }),
  definitie_rol_dubbel: entry<{ rol: string; aantal: number }>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een rol (eenheid, meetmoment, peildatum) staat bij meer dan één veld.",
    bericht: (d, w) =>
      at(
        w,
        `${d.aantal} velden hebben de rol '${d.rol}'; dat mag er één zijn. Maak de rol bij de andere leeg`,
      ),
  }),
  definitie_rol_eenheid_ontbreekt: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een monitor met eenheden heeft geen veld met de rol eenheid.",
    bericht: (_d, w) =>
      at(
        w,
        "een monitor met eenheden heeft een veld met rol 'eenheid' nodig. Geef één veld de rol 'eenheid'",
      ),
  }),
  definitie_kolom_bestaat_niet: entry<{ kolom: string; tabel: string | null; bekend: string[] }>({
    severity: "fout",
    tags: ["definitie", "verwijzing"],
    beschrijving: "Een kolom wordt genoemd die de tabel niet heeft.",
    bericht: (d, w) =>
      at(
        w,
        `kolom '${d.kolom}' bestaat niet${d.tabel ? ` in tabel '${d.tabel}'` : ""}.${d.bekend.length > 0 ? ` Kies ${orText(d.bekend)}` : ""}`,
      ),
  }),
  definitie_kolom_vast: entry<{ kolom: string; moetVast: boolean }>({
    severity: "fout",
    tags: ["definitie", "verwijzing"],
    beschrijving:
      "De sleutel en het label van een tabel zijn vaste kolommen; de hoofdkolom is geen vaste kolom.",
    bericht: (d, w) =>
      at(
        w,
        d.moetVast
          ? `kolom '${d.kolom}' moet vast zijn. Zet bij die kolom Vast = ja, of kies een vaste kolom`
          : `kolom '${d.kolom}' mag niet vast zijn. Kies een kolom die de eenheid invult`,
      ),
  }),
  definitie_tabel_zonder_rijen: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een tabel met rijen heeft geen vaste rijen en geen open rijen.",
    bericht: (_d, w) =>
      at(w, "deze tabel heeft geen rijen. Zet de rijen op het blad 'Rijen', of geef de tabel open rijen"),
  }),
  definitie_tabel_onbekend: entry<{ tabel: string; bekend: string[]; magLeeg: boolean }>({
    severity: "fout",
    tags: ["definitie", "verwijzing"],
    beschrijving: "Een tabel wordt genoemd die niet bestaat (of geen tabel met rijen is).",
    bericht: (d, w) =>
      at(
        w,
        d.bekend.length === 0
          ? `de tabel '${d.tabel}' bestaat niet; deze monitor heeft geen tabel met rijen.${d.magLeeg ? " Maak de cel leeg" : ""}`
          : `de tabel '${d.tabel}' bestaat niet. Schrijf de code van een tabel met rijen: ${d.bekend.join(", ")}${d.magLeeg ? "; of maak de cel leeg" : ""}`,
      ),
  }),
  definitie_tabel_zelf: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie", "verwijzing"],
    beschrijving: "De open rijen van een tabel nemen hun sleutel uit dezelfde tabel.",
    bericht: (_d, w) => at(w, "een tabel kan niet naar zichzelf verwijzen. Kies een andere tabel"),
  }),
  definitie_tabel_geen_vaste_rijen: entry<{ tabel: string }>({
    severity: "fout",
    tags: ["definitie", "verwijzing"],
    beschrijving: "De open rijen nemen hun sleutel uit een tabel zonder vaste rijen.",
    bericht: (d, w) => at(w, `tabel '${d.tabel}' heeft geen vaste rijen. Kies een tabel met vaste rijen`),
  }),
  definitie_vaste_waarde_ontbreekt: entry<{ kolom: string }>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een rij heeft geen waarde in een vaste kolom.",
    bericht: (d, w) => at(w, `de vaste kolom '${d.kolom}' heeft geen waarde. Vul die in`),
  }),
  definitie_geen_vaste_kolom: entry<{ kolom: string }>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een rij heeft een waarde in een kolom die geen vaste kolom is.",
    bericht: (d, w) =>
      at(w, `'${d.kolom}' is geen vaste kolom van deze tabel. Maak de waarde leeg, of maak de kolom vast`),
  }),
  definitie_veld_bestaat_niet: entry<{ veld: string }>({
    severity: "fout",
    tags: ["definitie", "voorwaarde"],
    beschrijving: "Een voorwaarde noemt een veld dat niet bestaat.",
    bericht: (d, w) => at(w, `veld '${d.veld}' bestaat niet. Schrijf de naam van een veld`),
  }),
  definitie_rij_bestaat_niet: entry<{ rij: string }>({
    severity: "fout",
    tags: ["definitie", "voorwaarde"],
    beschrijving: "Een voorwaarde noemt een rij die niet bestaat.",
    bericht: (d, w) => at(w, `rij '${d.rij}' bestaat niet. Schrijf de sleutel van een rij van deze tabel`),
  }),
  definitie_rij_zelf: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie", "voorwaarde"],
    beschrijving: "Een rij hangt in haar eigen voorwaarde van zichzelf af.",
    bericht: (_d, w) => at(w, "een rij kan niet van zichzelf afhangen. Noem een andere rij"),
  }),
  definitie_groepen_zonder_oordeel: entry<{ tabel: string }>({
    severity: "fout",
    tags: ["definitie", "verwijzing"],
    beschrijving: "Een landelijke tabel 'groepen' telt een tabel zonder oordeelsregels.",
    bericht: (d, w) =>
      at(
        w,
        `'groepen' telt beoordeelde rijen, maar tabel '${d.tabel}' heeft geen oordeel. Zet regels op het blad 'Oordeel', of kies een andere soort`,
      ),
  }),
  definitie_retouren_zonder_eenheden: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een landelijke tabel 'retouren' in een monitor zonder eenheden.",
    bericht: (_d, w) =>
      at(
        w,
        "'retouren' kan alleen als de monitor eenheden heeft. Kies een andere soort, of voeg eenheden toe",
      ),
  }),
  definitie_weergave_onbekend: entry<{ optie: string; kolom: string; bekend: string[] }>({
    severity: "fout",
    tags: ["definitie", "verwijzing"],
    beschrijving: "De weergave van een landelijke matrix noemt een antwoord dat de hoofdkolom niet kent.",
    bericht: (d, w) =>
      at(w, `'${d.optie}' is geen antwoord van kolom '${d.kolom}'. Kies ${orText(d.bekend)}`),
  }),
  definitie_invulling_volgorde: entry<{ oranje: number; groen: number }>({
    severity: "fout",
    tags: ["definitie", "instelling"],
    beschrijving: "De grens voor oranje (invulling) ligt hoger dan die voor groen.",
    bericht: (d, w) =>
      at(
        w,
        `de grens voor oranje (${d.oranje}) is hoger dan die voor groen (${d.groen}). Vul voor oranje een getal in van hoogstens ${d.groen}`,
      ),
  }),
  definitie_kleur_volgorde: entry<Record<string, never>>({
    severity: "fout",
    tags: ["definitie", "instelling"],
    beschrijving: "De volgorde van de kleuren noemt een kleur niet of twee keer.",
    bericht: (_d, w) => at(w, "noem groen, oranje, rood en grijs elk precies één keer"),
  }),
  definitie_schema: entry<{ melding: string }>({
    severity: "fout",
    tags: ["definitie"],
    beschrijving: "Een andere fout in de vorm van de definitie (zoals het model die meldt).",
    bericht: (d, w) => at(w, d.melding),
  }),
  // --- Structure ----------------------------------------------------------------------------------
  blad_ontbreekt: entry<{ tabel: string; monitor: string }>({
    severity: "fout",
    tags: ["structuur"],
    beschrijving: "Een blad (met zijn tabel) van de standaardwerkmap ontbreekt.",
    bericht: (d, w) =>
      `Het blad '${w.blad}' ontbreekt. Gebruik de standaardwerkmap van ${d.monitor}; een blad met een andere naam wordt niet herkend.`,
  }),
  kop_ontbreekt: entry<{ kolommen: string[] }>({
    severity: "fout",
    tags: ["structuur"],
    beschrijving: "Op het blad is geen kopregel met de kolommen van de standaard gevonden.",
    bericht: (d, w) =>
      `Blad '${w.blad}': geen kopregel gevonden met de kolommen ${d.kolommen.join(", ")}. Zet de kopregel van de standaardwerkmap terug of plak de gegevens in een nieuwe standaardwerkmap.`,
  }),
  kolom_ontbreekt: entry<Record<string, never>>({
    severity: "fout",
    tags: ["structuur"],
    beschrijving: "Een kolom van de standaard ontbreekt in de kopregel.",
    bericht: (_d, w) =>
      `Blad '${w.blad}': kolom '${w.kolom}' ontbreekt in de kopregel (rij ${w.rij}). Voeg de kolom weer toe met precies deze naam.`,
  }),
  kolom_dubbel: entry<Record<string, never>>({
    severity: "fout",
    tags: ["structuur"],
    beschrijving: "Een kolom staat twee keer in de kopregel; de eerste is gelezen.",
    bericht: (_d, w) =>
      `Kolom '${w.kolom}' staat twee keer in de kopregel (${w.cel}); de eerste is gelezen. Verwijder of hernoem de tweede.`,
  }),
  kolom_extra: entry<Record<string, never>>({
    severity: "info",
    tags: ["structuur"],
    beschrijving: "Een kolom die niet bij de standaard hoort; hij is niet gelezen.",
    bericht: (_d, w) =>
      `Kolom '${w.kolom}' (${w.cel}) hoort niet bij de standaardwerkmap en is niet gelezen.`,
  }),
  tabel_als_bereik: entry<{ tabel: string }>({
    severity: "info",
    tags: ["structuur"],
    beschrijving: "De Excel-tabel is een gewoon bereik geworden; de gegevens zijn gelezen vanaf de kopregel.",
    bericht: (d, w) =>
      `Blad '${w.blad}': de tabel '${d.tabel}' is een gewoon bereik geworden; de gegevens zijn gelezen vanaf de kopregel in rij ${w.rij}.`,
  }),
  te_veel_rijen: entry<{ max: number }>({
    severity: "fout",
    tags: ["structuur"],
    beschrijving: "Het blad heeft meer rijen dan de monitor leest.",
    bericht: (d, w) =>
      `Blad '${w.blad}' heeft meer dan ${d.max} rijen onder de kopregel, het maximum. Verwijder de overbodige rijen en lever het bestand opnieuw aan.`,
  }),
  cellen_samengevoegd: entry<Record<string, never>>({
    severity: "waarschuwing",
    tags: ["structuur"],
    beschrijving: "Samengevoegde cellen in een tabel: alleen de eerste cel is gelezen.",
    bericht: (_d, w) =>
      `Blad '${w.blad}': cellen ${w.cel} zijn samengevoegd over de tabel; alleen de eerste cel is gelezen. Hef de samenvoeging op (Start > Samenvoegen en centreren) en vul elke cel apart in.`,
  }),
  vaste_rij_ontbreekt: entry<{ sleutel: string; label: string }>({
    severity: "fout",
    tags: ["structuur"],
    beschrijving: "Een vaste rij van de standaard ontbreekt.",
    bericht: (d, w) =>
      `Blad '${w.blad}': de vaste rij ${w.kolom} '${d.sleutel}' (${d.label}) ontbreekt. Zet de rij terug zoals in de standaardwerkmap.`,
  }),
  vaste_rij_gewijzigd: entry<{ gevonden: string; standaard: string }>({
    severity: "fout",
    tags: ["structuur"],
    beschrijving: "Een vaste tekst van de standaard is gewijzigd.",
    bericht: (d, w) =>
      `${w.kolom} in ${w.ref} is gewijzigd: '${d.gevonden}' in plaats van '${d.standaard}'. Zet de oorspronkelijke tekst terug; deze kolom is niet om in te vullen.`,
  }),
  rij_dubbel: entry<{ sleutel: string; eerdereRij: number }>({
    severity: "fout",
    tags: ["structuur"],
    beschrijving: "Een rij van de standaard staat twee keer; alleen de eerste is gelezen.",
    bericht: (d, w) =>
      `${w.kolom} '${d.sleutel}' staat twee keer op blad '${w.blad}' (ook in rij ${d.eerdereRij}); alleen de eerste is gelezen. Verwijder de dubbele rij.`,
  }),
  rij_onbekend: entry<{ sleutel: string | null; monitor: string }>({
    severity: "waarschuwing",
    tags: ["structuur"],
    beschrijving: "Een rij die niet bij de standaard hoort (of zonder sleutel); hij is niet gelezen.",
    bericht: (d, w) =>
      d.sleutel === null
        ? `Rij ${w.rij} op blad '${w.blad}' heeft geen ${w.kolom} en is niet gelezen. Verwijder de rij of vul een ${w.kolom} van de standaardwerkmap in.`
        : `${w.kolom} '${d.sleutel}' (${w.ref}) hoort niet bij ${d.monitor} en is niet gelezen. Verwijder de rij; nieuwe rijen horen in een nieuwe versie van de definitie.`,
  }),
  open_rij_sleutel_leeg: entry<{ rijNaam: string }>({
    severity: "fout",
    tags: ["structuur"],
    beschrijving: "Een rij die de eenheid toevoegde (open rij) heeft geen sleutel; hij is niet gelezen.",
    bericht: (d, w) =>
      `Rij ${w.rij} op blad '${w.blad}' heeft geen ${w.kolom} (${w.ref}) en is niet gelezen. Vul de ${w.kolom} in, of maak de rij helemaal leeg.`,
  }),
  open_rij_sleutel_onbekend: entry<{ sleutel: string; rijNaam: string; bekend: string[] }>({
    severity: "fout",
    tags: ["structuur"],
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
    tags: ["invoer"],
    beschrijving: "Een verplichte cel is leeg.",
    bericht: (d, w) =>
      `${d.onderwerp} is leeg (${w.ref}). ${whatToDo(d.invoer, d.opties, d.onbekend ?? null)}`,
  }),
  ongeldig_antwoord: entry<{ onderwerp: string; gevonden: string; opties: string[] }>({
    severity: "fout",
    tags: ["invoer"],
    beschrijving: "Het antwoord is geen van de opties van de schaal.",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}): '${d.gevonden}' is geen geldig antwoord. Kies uit: ${quoteList(d.opties)}.`,
  }),
  onbekende_eenheid: entry<{ onderwerp: string; gevonden: string; aantal: number; soort: string }>({
    severity: "fout",
    tags: ["invoer"],
    beschrijving: "De naam is geen eenheid (regio, gemeente, …) van deze monitor.",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}): '${d.gevonden}' is geen ${d.soort} van deze monitor. Kies een van de ${d.aantal} namen uit de keuzelijst.`,
  }),
  ongeldige_datum: entry<{ onderwerp: string; gevonden: string; getal: boolean; zonderDatum?: string[] }>({
    severity: "fout",
    tags: ["invoer"],
    beschrijving: "De cel is geen datum die de monitor kent.",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}): ${d.getal ? `het getal ${d.gevonden} is geen datum` : `'${d.gevonden}' is geen datum die de monitor kent`}. Vul ${ACCEPTED_DATE_FORMS} in${d.zonderDatum && d.zonderDatum.length > 0 ? `, of ${d.zonderDatum.map((z) => `'${z}'`).join(" of ")} als er geen einddatum is` : ""}.`,
  }),
  datum_onwaarschijnlijk: entry<{ onderwerp: string; datum: string; van: number; tot: number }>({
    severity: "fout",
    tags: ["invoer"],
    beschrijving:
      "Een datumcel bevat een getal dat een onwaarschijnlijke datum geeft (vóór 1990 of na 2100): vaak een getal of een verkeerd gelezen jaartal.",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}): de datum ${d.datum} is onwaarschijnlijk (vóór ${d.van} of na ${d.tot}); waarschijnlijk staat er een getal in een datumcel. Vul ${ACCEPTED_DATE_FORMS} in.`,
  }),
  ongeldig_email: entry<{ onderwerp: string; gevonden: string }>({
    severity: "fout",
    tags: ["invoer"],
    beschrijving: "De cel lijkt geen e-mailadres.",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}): '${d.gevonden}' lijkt geen e-mailadres. Vul een adres in als naam@organisatie.nl.`,
  }),
  celfout: entry<{ onderwerp: string; fout: string }>({
    severity: "fout",
    tags: ["invoer"],
    beschrijving: "De cel bevat een Excel-fout (#N/B, #VERW!, …) in plaats van een waarde.",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}): de cel bevat de Excel-fout ${d.fout}. Vervang de formule of verwijzing door een waarde.`,
  }),
  groep_leeg: entry<{ groep: string; nummers: string[] }>({
    severity: "fout",
    tags: ["invoer"],
    beschrijving: "Van een groep vragen is geen enkele beantwoord, terwijl ten minste één verplicht is.",
    bericht: (d, w) =>
      `Vul bij ${d.nummers.join(", ")} ten minste één antwoord in (${d.groep}; vanaf ${w.ref}).`,
  }),
  verplicht_bij: entry<{ onderwerp: string; kolom: string; voorwaarde: string }>({
    severity: "fout",
    tags: ["invoer"],
    beschrijving:
      "Een cel die verplicht is bij een bepaald antwoord (zoals een toelichting bij 'Gedeeltelijk') is leeg.",
    bericht: (d, w) => `${d.onderwerp}: vul '${d.kolom}' in (${w.ref}); dat is verplicht ${d.voorwaarde}.`,
  }),
  // --- Checks of a rows table (definition: `controles`) -------------------------------------------
  datum_na_peildatum: entry<CheckData>({
    severity: "fout",
    tags: ["controle"],
    beschrijving: "Iets is gereed gemeld met een datum na de peildatum.",
    bericht: (d) =>
      `${d.kolom} van ${d.onderwerp} ('${d.datum}', uiterlijk ${d.einde}) ligt na de peildatum ${d.peildatum}. Wat op de peildatum nog niet klaar was, is nog niet gereed: corrigeer de datum of de status.`,
  }),
  verwachte_datum_verstreken: entry<CheckData>({
    severity: "waarschuwing",
    tags: ["controle"],
    beschrijving: "De verwachte datum van iets dat nog niet gereed is, ligt vóór de peildatum.",
    bericht: (d) =>
      `Verwachte datum verstreken: ${d.onderwerp} is nog niet gereed, maar de verwachte datum '${d.datum}' (uiterlijk ${d.einde}) ligt vóór de peildatum ${d.peildatum}. Werk de status of de verwachte datum bij.`,
  }),
  niet_van_toepassing_ingevuld: entry<{ onderwerp: string; voorwaarde: string }>({
    severity: "waarschuwing",
    tags: ["controle"],
    beschrijving: "Een cel is ingevuld die bij dit meetmoment of dit antwoord niet geldt.",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}) is ingevuld maar geldt niet (${d.voorwaarde}). Maak de cel leeg of controleer het meetmoment.`,
  }),
  // --- Action monitors ----------------------------------------------------------------------------
  opleverdatum_leeg: entry<CheckData>({
    severity: "waarschuwing",
    tags: ["controle"],
    beschrijving: "De opleverdatum is leeg; de actie telt als 'zonder einddatum'.",
    bericht: (d, w) =>
      `${d.onderwerp}: '${d.kolom}' is leeg (${w.ref}); de actie telt als 'zonder einddatum'. Vul de opleverdatum in, of '${d.zonderDatum}' als die er niet is.`,
  }),
  nulmeting_leeg: entry<CheckData>({
    severity: "waarschuwing",
    tags: ["controle"],
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
    tags: ["controle"],
    beschrijving: "De opgegeven verschuiving wijkt af van wat de datums zeggen; de datums tellen.",
    bericht: (d, w) =>
      `${d.onderwerp}: '${d.kolom}' zegt '${d.opgegeven}' (${w.ref}), maar volgens de datums is het '${d.volgensDatums}'. De datums tellen; pas de verschuiving aan of laat de cel leeg.`,
  }),
  // --- National -----------------------------------------------------------------------------------
  dubbele_retour: entry<{ eenheid: string; winnaar: string }>({
    severity: "waarschuwing",
    tags: ["landelijk"],
    beschrijving:
      "Voor dezelfde eenheid is nog een werkmap ontvangen; de werkmap met de latere peildatum telt.",
    bericht: (d) =>
      `Dubbel, niet meegeteld: voor ${d.eenheid} is ook '${d.winnaar}' ontvangen, met een latere of gelijke peildatum. Verwijder het oude bestand als dat klopt.`,
  }),
  rij_in_meer_retouren: entry<{ onderwerp: string; winnaar: string }>({
    severity: "waarschuwing",
    tags: ["landelijk"],
    beschrijving:
      "Een vaste rij is in meer dan één retour ingevuld (een monitor zonder eenheden); de rij uit het eerste bestand op naam telt.",
    bericht: (d, w) =>
      `Dubbel, niet meegeteld: ${d.onderwerp} (${w.ref}) is ook ingevuld in '${d.winnaar}'; die rij telt. Laat de rij leeg in alle retouren behalve één.`,
  }),
  // --- Comparing and aggregating rounds ------------------------------------------------------------
  andere_monitor: entry<{ oud: string; nieuw: string }>({
    severity: "fout",
    tags: ["vergelijking"],
    beschrijving:
      "Twee metingen van verschillende monitors (een andere definitie-id) worden niet vergeleken; er wordt niets geschreven.",
    bericht: (d) =>
      `Niet vergeleken: de oude meting is van ${d.oud}, de nieuwe van ${d.nieuw}. Metingen van verschillende monitors zijn niet te vergelijken. Kies twee metingen van dezelfde monitor.`,
  }),
  andere_versie: entry<{ monitor: string; oudVersie: string; nieuwVersie: string }>({
    severity: "waarschuwing",
    tags: ["vergelijking"],
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
    tags: ["landelijk"],
    beschrijving:
      "Welke monitor een landelijk overzicht samenvoegt, en waarom: zo gekozen (op de opdrachtregel of met Definitie laden), of de monitor van de meeste bestanden.",
    bericht: (d) =>
      `Landelijk overzicht van ${d.monitor}: ${d.aantal} van de ${d.totaal} bestanden ${d.aantal === 1 ? "is" : "zijn"} van deze monitor${d.gekozenMet ? ` (gekozen met ${d.gekozenMet})` : d.aantal < d.totaal ? " (de monitor van de meeste bestanden)" : ""}.`,
  }),
  bestanden_andere_monitor: entry<{ monitor: string; aantal: number; bestanden: string[] }>({
    severity: "waarschuwing",
    tags: ["landelijk"],
    beschrijving:
      "Bestanden van een andere monitor in de map van een landelijk overzicht: samen genoemd, niet meegeteld.",
    bericht: (d) =>
      `${d.aantal === 1 ? "1 bestand is" : `${d.aantal} bestanden zijn`} van ${d.monitor} en ${d.aantal === 1 ? "telt" : "tellen"} niet mee: ${d.bestanden.join(", ")}. Voeg ${d.aantal === 1 ? "dat bestand" : "die bestanden"} apart samen, in een eigen map.`,
  }),
  // --- Against the previous round (check --vorige) -------------------------------------------------
  antwoord_ongewijzigd: entry<{ onderwerp: string; antwoord: string; ronde: string }>({
    severity: "waarschuwing",
    tags: ["vergelijking"],
    beschrijving:
      "Het antwoord is gelijk aan dat van de vorige ronde, terwijl de definitie om een nieuw antwoord vraagt (vorige: opnieuw).",
    bericht: (d, w) =>
      `${d.onderwerp} (${w.ref}) is '${d.antwoord}', net als in de vorige ronde (${d.ronde}). Er is een nieuw antwoord gevraagd: controleer of het nog klopt op de nieuwe peildatum.`,
  }),
  landelijke_werkmap_als_retour: entry<Record<string, never>>({
    severity: "fout",
    tags: ["landelijk", "bestand"],
    beschrijving:
      "Een landelijke werkmap van Regiomonitor staat tussen de ingeleverde werkmappen van een ronde; hij telt niet mee.",
    bericht: (_d, w) =>
      `${w.bestand} is een landelijke werkmap van Regiomonitor, geen ingevulde werkmap: hij telt niet mee. Haal hem weg uit de ingeleverde werkmappen.`,
  }),
  // pane notices (pane17) -------------------------------------------------------------------------
  // What the task pane tells about its own work, shown as a notice under `titel`: fout an error, waarschuwing
  // a warning, info a success. `reden`: the host's own Dutch message (src/excel toDutchError) or the core's.
  taakvenster_werkmap_onleesbaar: paneHostNotice(
    "fout",
    "De werkmap kon niet worden gelezen",
    "Het taakvenster kon de open werkmap niet lezen.",
  ),
  taakvenster_controleren_mislukt: paneHostNotice(
    "fout",
    "Controleren mislukt",
    "De controle kon de open werkmap niet lezen.",
  ),
  taakvenster_automatisch_controleren_uit: entry<{ reden: string }>({
    severity: "waarschuwing",
    tags: ["taakvenster"],
    titel: "Automatisch controleren werkt niet",
    beschrijving: "Excel meldt wijzigingen niet aan het taakvenster; controleren gaat alleen met de knop.",
    bericht: (d) => `${d.reden} Klik na het invullen op Controleren.`,
  }),
  taakvenster_cel_niet_geselecteerd: paneHostNotice(
    "fout",
    "Cel niet geselecteerd",
    "Het taakvenster kon niet naar de gekozen cel gaan.",
  ),
  taakvenster_invoegen_mislukt: paneHostNotice(
    "fout",
    "Invoegen mislukt",
    "De standaardwerkmap kon niet worden ingevoegd.",
  ),
  taakvenster_samenvatting_geschreven: entry<{ bladen: string[] }>({
    severity: "info",
    tags: ["taakvenster"],
    titel: "Samenvatting geschreven",
    beschrijving: "De bladen van het taakvenster met de uitkomst van de controle zijn geschreven.",
    bericht: (d) =>
      `${d.bladen.length === 1 ? `Het blad '${d.bladen[0]}' bevat` : `De bladen ${quoteList(d.bladen)} bevatten`} nu de uitkomst van deze controle. Uw eigen bladen zijn niet gewijzigd.`,
  }),
  taakvenster_samenvatting_niet_mogelijk: paneHostNotice(
    "fout",
    "Niet geschreven",
    "Van deze controle kan geen samenvatting worden gemaakt.",
  ),
  taakvenster_niet_geschreven: paneHostNotice(
    "waarschuwing",
    "Niet geschreven",
    "Excel of de invoegtoepassing heeft het schrijven met opzet geweigerd (bijvoorbeeld een eigen blad met dezelfde naam); er is niets gewijzigd.",
  ),
  taakvenster_schrijven_mislukt: paneHostNotice(
    "fout",
    "Schrijven mislukt",
    "Het schrijven van de bladen is mislukt.",
  ),
  taakvenster_regionale_werkmap: entry<{ eenheid: string }>({
    severity: "waarschuwing",
    tags: ["taakvenster"],
    titel: "Dit is een regionale werkmap",
    beschrijving:
      "De open werkmap is de werkmap van één eenheid; de landelijke bladen horen in een eigen werkmap.",
    bericht: (d) =>
      `De open werkmap is de werkmap van ${d.eenheid}. Zet de landelijke bladen liever in een nieuwe werkmap.`,
  }),
  taakvenster_lezer_niet_geladen: entry<{ reden: string }>({
    severity: "fout",
    tags: ["taakvenster"],
    titel: "Lezer niet geladen",
    beschrijving: "Het onderdeel van het taakvenster dat .xlsx-bestanden leest, kon niet worden geladen.",
    bericht: (d) =>
      `Het onderdeel dat .xlsx-bestanden leest, kon niet worden geladen (${d.reden}). Sluit het taakvenster, open het opnieuw en probeer het nog eens.`,
  }),
  taakvenster_nieuwe_werkmap: paneRoundWritten(
    "Nieuwe werkmap gemaakt",
    "De landelijke bladen staan in een nieuwe werkmap; de open werkmap is niet gewijzigd.",
    (d) =>
      `${d.monitor} Excel heeft een nieuwe werkmap geopend met de landelijke bladen: ${d.geteld}. Sla die werkmap op onder een eigen naam. Deze werkmap is niet gewijzigd.`,
  ),
  taakvenster_landelijk_geschreven: paneRoundWritten(
    "Landelijke bladen geschreven",
    "De landelijke bladen staan in de open werkmap; de eigen bladen zijn niet gewijzigd.",
    (d) =>
      `${d.monitor} De landelijke bladen staan in deze werkmap: ${d.geteld}. Uw eigen bladen zijn niet gewijzigd.`,
  ),
  taakvenster_definitie_niet_geladen: entry<{ aantal: number }>({
    severity: "fout",
    tags: ["taakvenster"],
    titel: "Definitie niet geladen",
    beschrijving: "Het gekozen definitiebestand bevat fouten; de actieve definitie blijft.",
    bericht: (d, w) =>
      `${w.bestand} bevat ${d.aantal === 1 ? "een fout" : `${d.aantal} fouten`}; de actieve definitie is niet gewijzigd.`,
  }),
  taakvenster_vorige_ronde_ongeldig: entry<Record<string, never>>({
    severity: "fout",
    tags: ["taakvenster", "vergelijking"],
    titel: "Vorige ronde niet gelezen",
    beschrijving: "Het gekozen bestand is geen bruikbare vorige ronde.",
    bericht: (_d, w) => `${w.bestand} is geen bruikbare vorige ronde (landelijke werkmap of JSON-export).`,
  }),
  taakvenster_vorige_meting_ongeldig: entry<Record<string, never>>({
    severity: "fout",
    tags: ["taakvenster", "vergelijking"],
    titel: "Vorige meting niet gelezen",
    beschrijving:
      "Het gekozen bestand is geen bruikbare vorige meting; er is niets vergeleken of geschreven.",
    bericht: (_d, w) =>
      `${w.bestand} is geen bruikbare vorige meting (landelijke werkmap of JSON-export); er is niets vergeleken of geschreven.`,
  }),
  taakvenster_vergelijking_geschreven: entry<{ samenvatting: string }>({
    severity: "info",
    tags: ["taakvenster", "vergelijking"],
    titel: "Vergelijking geschreven",
    beschrijving: "Het blad Vergelijking met de vorige meting is geschreven.",
    bericht: (d, w) => `Vorige meting: ${w.bestand}. ${d.samenvatting}`,
  }),
  taakvenster_niet_vergeleken: entry<{ reden: string }>({
    severity: "waarschuwing",
    tags: ["taakvenster", "vergelijking"],
    titel: "Niet vergeleken",
    beschrijving: "De werkmap is niet met de vorige ronde vergeleken.",
    bericht: (d) => d.reden,
  }),
  taakvenster_gekopieerd: entry<Record<string, never>>({
    severity: "info",
    tags: ["taakvenster"],
    titel: "Gekopieerd",
    beschrijving: "De JSON van de meting staat op het klembord.",
    bericht: () =>
      "De meting (JSON) staat op het klembord. Plak haar in een leeg tekstbestand (Kladblok of TextEdit) en sla dat op met de extensie .json.",
  }),
  taakvenster_klembord_geweigerd: entry<{ blad: string; waar: string }>({
    severity: "waarschuwing",
    tags: ["taakvenster"],
    titel: "Kopiëren is hier niet toegestaan",
    beschrijving:
      "Excel staat het klembord niet toe; de meting staat al in het verborgen blad van de werkmap.",
    bericht: (d) =>
      `Excel staat het klembord hier niet toe. Dat is niet erg: deze meting staat al in het verborgen blad '${d.blad}' van ${d.waar}. Sla de werkmap op en kies haar bij de volgende meting met 'Vorige meting kiezen…'. Een JSON-bestand kunt u ook maken met 'regiomonitor aggregate --json'.`,
  }),
  taakvenster_reeks_geschreven: entry<{ samenvatting: string; bladen: string[]; meldingen: string[] }>({
    severity: "info",
    tags: ["taakvenster", "vergelijking"],
    titel: "Reeks geschreven",
    beschrijving: "De bladen van een reeks van metingen zijn geschreven.",
    bericht: (d) => `${d.samenvatting} Bladen: ${d.bladen.join(", ")}.`,
  }),
  taakvenster_reeks_met_meldingen: entry<{ samenvatting: string; bladen: string[]; meldingen: string[] }>({
    severity: "waarschuwing",
    tags: ["taakvenster", "vergelijking"],
    titel: "Reeks geschreven",
    beschrijving:
      "De bladen van een reeks zijn geschreven, met iets om op te letten (zoals een andere versie).",
    bericht: (d) =>
      `${d.samenvatting} Bladen: ${d.bladen.join(", ")}.${d.meldingen.map((m) => ` Let op: ${m}`).join("")}`,
  }),
  taakvenster_geen_reeks: entry<Record<string, never>>({
    severity: "fout",
    tags: ["taakvenster", "vergelijking"],
    titel: "Geen reeks gemaakt",
    beschrijving: "Niet elk gekozen bestand is een bruikbare landelijke meting; er is niets geschreven.",
    bericht: () => "Niet elk gekozen bestand is een bruikbare landelijke meting; er is niets geschreven.",
  }),
  taakvenster_geen_rapport: entry<{ reden: string }>({
    severity: "fout",
    tags: ["taakvenster"],
    titel: "Geen rapport",
    beschrijving: "Het landelijke rapport kon in het taakvenster niet worden gemaakt.",
    bericht: (d) =>
      `Het rapport is niet gemaakt (${d.reden}). Probeer het opnieuw, of maak het met 'regiomonitor rapport'.`,
  }),
  // Status lines of the pane (no notice, no heading): what it is doing, or what it did last.
  ...paneFixedStatus({
    taakvenster_bezig_controleren: ["Het taakvenster controleert de open werkmap.", "Bezig met controleren…"],
    taakvenster_bezig_samenvatting: ["Het taakvenster schrijft de samenvatting.", "Samenvatting schrijven…"],
    taakvenster_lezer_laden: ["Het onderdeel dat .xlsx-bestanden leest, wordt geladen.", "Lezer laden…"],
    taakvenster_werkmap_maken: [
      "Excel maakt de nieuwe werkmap met de landelijke bladen.",
      "Nieuwe werkmap maken…",
    ],
    taakvenster_bladen_schrijven: [
      "De landelijke bladen worden in de open werkmap geschreven.",
      "Landelijke bladen schrijven…",
    ],
  }),
  taakvenster_verouderd: paneStatus<{ automatisch: boolean }>(
    "De werkmap is gewijzigd na de laatste controle.",
    (d) =>
      d.automatisch
        ? "De werkmap is gewijzigd; de controle wordt zo opnieuw gedaan."
        : "De werkmap is gewijzigd na deze controle. Klik op Controleren.",
  ),
  taakvenster_gecontroleerd: paneStatus<{ monitor: string }>(
    "Met welke monitor de open werkmap is gecontroleerd.",
    (d) => `Gecontroleerd met ${d.monitor}.`,
  ),
  taakvenster_bestanden_lezen: paneStatus<{ gelezen: number; totaal: number }>(
    "Hoeveel van de gekozen werkmappen al zijn gelezen.",
    (d) => `Bestanden lezen: ${d.gelezen} van ${d.totaal}`,
  ),
  taakvenster_bestanden_gelezen: paneStatus<{ aantal: number }>(
    "Alle gekozen werkmappen zijn gelezen.",
    (d) => `Klaar: ${d.aantal} ${d.aantal === 1 ? "bestand" : "bestanden"} gelezen`,
  ),
  taakvenster_bestand_lezen: paneStatus<Record<string, never>>(
    "Het gekozen bestand wordt gelezen.",
    (_d, w) => `${w.bestand} lezen…`,
  ),
  taakvenster_bezig_vergelijken: paneStatus<Record<string, never>>(
    "De gekozen vorige meting wordt gelezen en vergeleken.",
    (_d, w) => `${w.bestand} vergelijken…`,
  ),
  taakvenster_metingen_lezen: paneStatus<{ aantal: number }>(
    "De gekozen metingen van een reeks worden gelezen.",
    (d) => `${d.aantal} metingen lezen…`,
  ),
  // cli notices (dup17) -----------------------------------------------------------------------------
  // What the command line says about its own files and options. The place is the file named (`bestand`).
  bestand_geschreven: entry<{ soort: WrittenKind }>({
    severity: "info",
    tags: ["opdrachtregel"],
    beschrijving:
      "Een uitvoerbestand is geschreven (werkmap, definitie, landelijke werkmap, JSON, vergelijking, reeks, rapport).",
    bericht: (d, w) => `${WRITTEN[d.soort]}: ${w.bestand}`,
  }),
  kopie_geschreven: entry<{ bladen: string[] }>({
    severity: "info",
    tags: ["opdrachtregel"],
    beschrijving: "Een kopie van de werkmap met de samenvattingsbladen is geschreven ('check --out').",
    bericht: (d, w) =>
      `Kopie met ${d.bladen.length === 1 ? "blad" : "bladen"} ${d.bladen.join(", ")} geschreven: ${w.bestand}`,
  }),
  voorbeeld_geschreven: entry<{ id: string; bron: string; samenvatting: string }>({
    severity: "info",
    tags: ["opdrachtregel"],
    beschrijving:
      "Een voorbeeldwerkmap van een monitor zonder eenheden is geschreven, met een kopie met samenvatting ('demo').",
    bericht: (d, w) =>
      `Voorbeeldwerkmap ${d.id} (${d.bron}) geschreven: ${w.bestand}; met samenvatting: ${d.samenvatting}`,
  }),
  samenvatting_niet_geschreven: entry<Record<string, never>>({
    severity: "fout",
    tags: ["opdrachtregel", "structuur"],
    beschrijving: "'check --out' schrijft geen kopie: de structuur van de werkmap is niet te lezen.",
    bericht: () => "Geen samenvatting geschreven: de structuur van de werkmap is niet te lezen.",
  }),
  niet_gevonden: entry<{ soort: string; ofMap: boolean; map: string | null }>({
    severity: "fout",
    tags: ["opdrachtregel", "bestand"],
    beschrijving: "Een opgegeven bestand (of map) bestaat niet, of een map op het pad ervan niet.",
    bericht: (d, w) =>
      d.map
        ? `De map '${d.map}' bestaat niet. Controleer het pad van de ${d.soort} '${w.bestand}'.`
        : `${d.ofMap ? "Het bestand of de map" : "Het bestand"} '${w.bestand}' bestaat niet. Controleer de naam en de map.`,
  }),
  bestand_probleem: entry<{ soort: FileTrouble; schrijven: boolean }>({
    severity: "fout",
    tags: ["opdrachtregel", "bestand"],
    beschrijving:
      "Een bestand of map kan niet worden gelezen of geschreven (geen toegang, in gebruik, schijf vol, …); de melding zegt wat te doen.",
    bericht: (d, w) => fileTroubleText(d.soort, w.bestand, d.schrijven),
  }),
  invoer_overgeslagen: entry<{ map: string | null }>({
    severity: "waarschuwing",
    tags: ["opdrachtregel", "bestand"],
    beschrijving:
      "Een opgegeven bestand of map van een ronde bestaat niet; de andere worden wel samengevoegd.",
    bericht: (d, w) =>
      d.map
        ? `De map '${d.map}' bestaat niet; '${w.bestand}' is overgeslagen. Controleer het pad.`
        : `Het bestand of de map '${w.bestand}' bestaat niet en is overgeslagen. Controleer de naam en de map.`,
  }),
  niets_gemaakt: entry<{ wat: "reeks" | "rapport" | "vergelijking" }>({
    severity: "fout",
    tags: ["opdrachtregel"],
    beschrijving: "Een opdracht heeft niets geschreven; de regels erna zeggen waarom.",
    bericht: (d) => (d.wat === "vergelijking" ? "niet vergeleken." : `geen ${d.wat} gemaakt.`),
  }),
  invoer_is_map: entry<{ soort: string }>({
    severity: "fout",
    tags: ["opdrachtregel", "bestand"],
    beschrijving: "Een map is opgegeven waar een bestand hoort.",
    bericht: (d, w) => `'${w.bestand}' is een map, geen ${d.soort}. Geef het bestand in die map op.`,
  }),
  meting_te_groot: entry<{ bytes: number; max: number }>({
    severity: "fout",
    tags: ["opdrachtregel", "bestand"],
    beschrijving:
      "Het bestand dat een landelijke meting moet zijn is veel groter dan een landelijke export ooit is.",
    bericht: (d, w) =>
      `${w.bestand}: te groot (${d.bytes} bytes; maximaal ${d.max}). Een landelijke export is veel kleiner; kies het juiste bestand.`,
  }),
  geen_landelijke_meting: entry<{ soort: WrongKind }>({
    severity: "fout",
    tags: ["opdrachtregel", "landelijk"],
    beschrijving:
      "Waar een landelijke meting hoort, is een ander bestand opgegeven dat Regiomonitor schrijft (een vergelijking, reeks, definitie, werkmap om in te vullen, controle).",
    bericht: (d, w) =>
      `${w.bestand} is ${WRONG_KIND[d.soort]}, geen landelijke meting: kies de landelijke werkmap (.xlsx) die Regiomonitor heeft gemaakt (het taakvenster of 'regiomonitor aggregate'), of het JSON-bestand van die meting ('Exporteer deze meting' of 'regiomonitor aggregate --json').`,
  }),
  geen_landelijke_export: entry<Record<string, never>>({
    severity: "fout",
    tags: ["opdrachtregel", "landelijk"],
    beschrijving: "Een JSON-bestand is geen landelijke export; de regels eronder zeggen wat er mis is.",
    bericht: (_d, w) =>
      `${w.bestand} is geen landelijke export van 'regiomonitor aggregate --json' (zie docs/json-export.md):`,
  }),
  check_geen_retour: entry<{ soort: "landelijk" | "vergelijking" | "geen-retour" }>({
    severity: "fout",
    tags: ["opdrachtregel", "bestand"],
    beschrijving:
      "'check' kreeg een werkmap die geen ingevulde werkmap is: een landelijke werkmap, een vergelijking, of een werkmap van een ander programma.",
    bericht: (d, w) =>
      d.soort === "landelijk"
        ? `${w.bestand} is een landelijke werkmap van Regiomonitor, geen ingevulde werkmap. Er is niets te controleren. Gebruik 'regiomonitor compare' om hem met een vorige meting te vergelijken, of open hem in Excel.`
        : d.soort === "vergelijking"
          ? `${w.bestand} is een vergelijking van twee metingen, gemaakt door Regiomonitor. Er is niets te controleren. Open hem in Excel, of maak een nieuwe met 'regiomonitor compare OUD NIEUW -o BESTAND.xlsx'.`
          : `${w.bestand} is geen ingevulde werkmap van een monitor die Regiomonitor kent: er staat geen monitor in vermeld, en geen van de bladen en tabellen van een monitor. Er is niets te controleren. Maak een werkmap om in te vullen met 'regiomonitor template'. Is dit een eigen kopie van een werkmap, kies dan de monitor met --definitie-id.`,
  }),
  check_kopie_met_samenvatting: entry<{ bladen: string[] }>({
    severity: "info",
    tags: ["opdrachtregel"],
    beschrijving:
      "'check' kreeg een kopie met samenvattingsbladen van Regiomonitor; die bladen zijn niet gecontroleerd.",
    bericht: (d) =>
      `Deze werkmap is een kopie met ${d.bladen.length === 1 ? "het blad" : "de bladen"} ${quoteList(d.bladen)} van Regiomonitor. Die ${d.bladen.length === 1 ? "is" : "zijn"} niet gecontroleerd; de werkmap is gecontroleerd als gewone werkmap.`,
  }),
  geen_werkmappen: entry<{ leeg: number | null }>({
    severity: "fout",
    tags: ["opdrachtregel", "landelijk"],
    beschrijving: "'aggregate' vond geen werkmappen: de opgegeven mappen zijn leeg of bestaan niet.",
    bericht: (d) =>
      `Geen werkmappen gevonden om samen te voegen${d.leeg === null ? "" : `; ${d.leeg === 1 ? "de map is leeg" : "de mappen zijn leeg"}`}.`,
  }),
  bestand_niet_meegeteld: entry<{ dubbel: boolean; reden: string }>({
    severity: "waarschuwing",
    tags: ["opdrachtregel", "landelijk"],
    beschrijving:
      "Een bestand telt niet mee in het landelijk overzicht: overgeslagen, of een tweede werkmap van dezelfde eenheid.",
    bericht: (d, w) => `${d.dubbel ? "Dubbel, niet meegeteld" : "Overgeslagen"}: ${w.bestand} — ${d.reden}`,
  }),
  eerdere_peildatum: entry<Record<string, never>>({
    severity: "waarschuwing",
    tags: ["opdrachtregel", "vergelijking"],
    beschrijving: "'compare': de nieuwe meting heeft een eerdere peildatum dan de oude.",
    bericht: () =>
      "De nieuwe meting heeft een eerdere peildatum dan de oude; staan de bestanden in de goede volgorde?",
  }),
  uitvoer_is_invoer: entry<Record<string, never>>({
    severity: "fout",
    tags: ["opdrachtregel"],
    beschrijving: "Een uitvoerbestand is ook een invoerbestand; de invoer wordt nooit gewijzigd.",
    bericht: (_d, w) =>
      `${w.bestand} is ook een invoerbestand; de invoer wordt nooit gewijzigd. Kies een andere naam.`,
  }),
  uitvoer_dubbel: entry<{ opties: string[] }>({
    severity: "fout",
    tags: ["opdrachtregel"],
    beschrijving: "Twee uitvoeropties wijzen naar hetzelfde bestand.",
    bericht: (d) => `${orText(d.opties).replace(/ of /, " en ")} moeten verschillende bestanden zijn.`,
  }),
  reeks_te_kort: entry<Record<string, never>>({
    severity: "fout",
    tags: ["opdrachtregel"],
    beschrijving: "Een reeks kreeg minder dan twee metingen.",
    bericht: () => "Een reeks heeft minstens twee metingen nodig; geef twee of meer bestanden.",
  }),
  optie_verplicht: entry<{ optie: string }>({
    severity: "fout",
    tags: ["opdrachtregel"],
    beschrijving: "Een verplichte optie ontbreekt.",
    bericht: (d) => `Optie ${d.optie} is verplicht.`,
  }),
  opties_niet_samen: entry<{ opties: string[] }>({
    severity: "fout",
    tags: ["opdrachtregel"],
    beschrijving: "Twee opties sluiten elkaar uit.",
    bericht: (d) => `Geef ${orText(d.opties)}, niet allebei.`,
  }),
} as const;

export type IssueCode = keyof typeof CATALOGUE;
/** The data fields of an issue of kind C. */
export type IssueData<C extends IssueCode> = Parameters<(typeof CATALOGUE)[C]["bericht"]>[0];

/** Severity per code (derived from the catalogue). */
export const ISSUE_CODES: { [C in IssueCode]: Severity } = Object.fromEntries(
  Object.entries(CATALOGUE).map(([c, e]) => [c, e.severity]),
) as { [C in IssueCode]: Severity };

/** An issue of kind C: where it is, its data (typed by its code) and its rendered message. */
export interface IssueOf<C extends IssueCode> {
  code: C;
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
  /** The place inside a JSON definition, when the issue is about one (else absent). */
  pad?: string;
  /** The data fields of this kind of issue (see CATALOGUE), from which `bericht` is rendered. */
  gegevens: IssueData<C>;
  /** Dutch message rendered by the catalogue: where, what is wrong, what to do. */
  bericht: string;
}

/** Any issue; narrowing on `code` gives the type of `gegevens`. */
export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

/** The issue of code C (distributes over a union of codes, so that it is an Issue). */
export type IssueFor<C extends IssueCode> = C extends IssueCode ? IssueOf<C> : never;

/** What is wrong without where: a code and its data (a finding before its place is known). */
export type IssueKind = { [C in IssueCode]: { code: C; gegevens: IssueData<C> } }[IssueCode];

/** A finding of kind C, typed by its code. */
export const issueKind = <C extends IssueCode>(code: C, gegevens: IssueData<C>): IssueKind =>
  ({ code, gegevens }) as IssueKind;

/** The tags of a code (for grouping). */
export function issueTags(code: IssueCode): readonly Tag[] {
  return (CATALOGUE[code] as Entry<unknown>).tags ?? [];
}

/** The heading a host shows a message under (the task pane's notices), or null when the code has none. */
export function issueTitle(code: IssueCode): string | null {
  return (CATALOGUE[code] as Entry<unknown>).titel ?? null;
}

/** Makes an issue: its severity and message come from the catalogue. */
export function makeIssue<C extends IssueCode>(
  code: C,
  where: IssueLocation,
  data: IssueData<C>,
): IssueFor<C> {
  const w: Where = {
    bestand: where.bestand,
    blad: where.blad ?? null,
    rij: where.rij ?? null,
    kolom: where.kolom ?? null,
    cel: where.cel ?? null,
    ref: where.blad ? `${where.blad}!${where.cel ?? ""}` : (where.cel ?? ""),
    pad: where.pad ?? null,
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
    ...(w.pad !== null ? { pad: w.pad } : {}),
    gegevens: data,
    bericht: e.bericht(data, w),
  } as IssueFor<C>;
}

/** A finding placed: the issue of `kind` at `where`. */
export function placeIssue(kind: IssueKind, where: IssueLocation): Issue {
  return makeIssue(kind.code, where, kind.gegevens as never);
}

/** The issue again, at another place (or the same): its message rendered anew from its data. */
export function moveIssue(i: Issue, where: IssueLocation): Issue {
  return placeIssue(i, where);
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

/**
 * A definition's issue as one line that starts with the file: "def.xlsx: Blad 'Vragen', rij 3, kolom
 * 'Schaal': …" (the file is not repeated when the message starts with it).
 */
export function formatDefinitionIssue(i: Issue): string {
  return i.bestand === "" || i.bericht.startsWith(i.bestand) ? i.bericht : `${i.bestand}: ${i.bericht}`;
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

// cli notices (dup17): rendering a notice of a host -----------------------------------------------------
/** A host's notice about a file (or none, `bestand` empty): an issue without a place in a workbook. */
export function hostNotice<C extends IssueCode>(code: C, data: IssueData<C>, bestand = ""): IssueFor<C> {
  return makeIssue(code, { bestand }, data);
}

/** The message of a host's notice, rendered by the catalogue from its data. */
export function noticeText<C extends IssueCode>(code: C, data: IssueData<C>, bestand = ""): string {
  return hostNotice(code, data, bestand).bericht;
}

/** How a line of a host's output starts, by severity: "Fout: …", "Let op: …", or the message alone. */
export const NOTICE_PREFIX: Record<Severity, string> = { fout: "Fout: ", waarschuwing: "Let op: ", info: "" };

/** A host's notice as one line of output: the message after its severity's prefix. */
export function noticeLine(i: Pick<Issue, "severity" | "bericht">): string {
  return `${NOTICE_PREFIX[i.severity]}${i.bericht}`;
}
