/**
 * What the standard workbook says about itself: its first sheet "Toelichting", written from the definition
 * (what the monitor is, who fills it in, the Peildatum, the deadline and where to send it, how to fill it in
 * and check it, what the colours mean), and the input prompt of every cell to fill in. Each text has a
 * default when the definition says nothing (`toelichting` of the definition, `hulptekst` of a question).
 */
import { formatIso } from "../cells/dates";
import type { Column, Field, FieldsTable, Monitor, RowsTable } from "../model/schema";
import { GUIDE_SHEET } from "../model/xlsform/guide";
import type { TemplateGuideLine } from "../template-model";
import { wrappedHeight } from "./sheet-builder";

/** Excel allows at most 255 characters in an input prompt and 32 in its title. */
const PROMPT_MAX = 255;
const TITLE_MAX = 32;

const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** The Toelichting sheet's name (the first sheet of every standard workbook), unless a table has that name. */
export const guideSheetName = (tableSheets: string[]): string =>
  tableSheets.some((s) => s.toLowerCase() === GUIDE_SHEET.toLowerCase())
    ? `${GUIDE_SHEET} werkmap`
    : GUIDE_SHEET;

/** How a cell of this type is filled in, in one sentence. */
function howToFill(type: Column["type"], choices: boolean): string {
  switch (type) {
    case "keuze":
      return choices
        ? "Kies een antwoord uit de keuzelijst (het pijltje naast de cel)."
        : "Vul een antwoord in.";
    case "datum":
      return "Vul een datum in als dd-mm-jjjj, bijvoorbeeld 31-12-2010.";
    case "getal":
      return "Vul een getal in.";
    case "email":
      return "Vul een e-mailadres in, bijvoorbeeld naam@organisatie.nl.";
    case "eenheid":
      return "Kies de naam uit de keuzelijst.";
    default:
      return "Vul de tekst in.";
  }
}

/** The input prompt of a cell: a title (what the cell is) and the help, else how it is filled in. */
export function inputPrompt(
  title: string,
  help: string | undefined,
  type: Column["type"],
  choices: boolean,
): { titel: string; tekst: string } {
  const how = howToFill(type, choices);
  return {
    titel: clip(title, TITLE_MAX),
    tekst: clip(help ? `${help} ${how}` : how, PROMPT_MAX),
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The width of the Toelichting sheet's one column, in characters (fits A4 landscape). */
export const GUIDE_WIDTH = 90;

/** A line as tall as it wraps in the guide's column; the title and the headings get some room above them. */
function guideLine(soort: TemplateGuideLine["soort"], tekst: string): TemplateGuideLine {
  const bold = soort !== "tekst";
  return { soort, tekst, hoogte: wrappedHeight(tekst, GUIDE_WIDTH, bold) + (bold ? 9 : 0) };
}

/** The lines of the Toelichting sheet of the standard workbook of `def`. */
export function templateGuide(def: Monitor): TemplateGuideLine[] {
  const out: TemplateGuideLine[] = [];
  const kop = (t: string) => out.push(guideLine("kop", t));
  const tekst = (...t: string[]) => t.forEach((x) => out.push(guideLine("tekst", x)));
  const info = def.toelichting ?? {};
  const soort = def.eenheden?.soort;
  const fields = def.tabellen.find((t): t is FieldsTable => t.vorm === "velden");
  const role = (r: Field["rol"]) => fields?.velden.find((f) => f.rol === r);
  const peil = role("peildatum");
  const unitField = role("eenheid");
  const rows = def.tabellen.filter((t): t is RowsTable => t.vorm === "rijen");

  out.push(guideLine("titel", def.naam));
  kop("Wat is dit?");
  tekst(
    info.omschrijving ??
      `Met deze werkmap levert ${soort ? `elke ${soort}` : "uw organisatie"} de gegevens voor ${def.naam}. Regiomonitor controleert de ingevulde werkmap en telt de werkmappen${def.eenheden ? ` van alle ${def.eenheden.meervoud}` : ""} op tot een landelijk overzicht.`,
  );
  kop("Wie vult de werkmap in?");
  tekst(
    info.invullers
      ? capital(info.invullers.replace(/\.$/, "")) + "."
      : `De contactpersoon van ${soort ? `de ${soort}` : "de organisatie"}. Vul ${fields ? `op het blad ${fields.blad} ` : ""}uw naam en gegevens in, zodat de vragen over de werkmap bij u terechtkomen.`,
  );
  if (unitField && fields)
    tekst(`Op het blad ${fields.blad} staat bij '${unitField.naam}' voor welke ${soort} de werkmap is.`);

  kop("De peildatum");
  tekst(
    peil && fields
      ? `Vul op het blad ${fields.blad} bij '${peil.naam}' de peildatum in: de datum waarop alle antwoorden gelden (dd-mm-jjjj). Wat op die dag klaar was, telt als gereed; wat later klaar is, niet.`
      : "Alle antwoorden gelden op de dag dat u de werkmap invult.",
  );

  kop("Inleveren");
  tekst(
    info.inleverdatum
      ? `Lever de werkmap in vóór ${formatIso(info.inleverdatum)}.`
      : "De uiterste datum om in te leveren staat in het bericht waarmee u de werkmap kreeg.",
    info.inleverenBij
      ? `Stuur de ingevulde werkmap naar ${info.inleverenBij}. Verander de naam van het bestand en de bladen niet.`
      : "Stuur de ingevulde werkmap terug naar wie hem u stuurde. Verander de naam van het bestand en de bladen niet.",
  );

  kop("Zo vult u de werkmap in");
  for (const t of def.tabellen) {
    if (t.vorm === "velden")
      tekst(`Blad ${t.blad}: vul bij elk veld de waarde in de kolom '${t.kolommen.waarde}' in.`);
    else {
      const fill = t.kolommen.filter((c) => !c.vast).map((c) => `'${c.kop}'`);
      const n = t.rijen.length;
      tekst(
        `Blad ${t.blad}: ${n > 0 ? `${n} ${n === 1 ? t.rijNaam.toLowerCase() : t.rijNaamMeervoud}; ` : ""}vul per rij ${fill.join(", ")} in.${t.open ? ` U kunt zelf rijen toevoegen onder de laatste rij.` : ""}`,
      );
    }
  }
  tekst(
    "Klik op een cel om te zien wat erin moet: er verschijnt een hulptekst. Kies bij een keuzelijst met het pijltje naast de cel. Vul datums in als dd-mm-jjjj.",
    "Vaste teksten (zoals de vragen en de codes) zijn beveiligd tegen per ongeluk wijzigen; u hoeft ze niet in te vullen. Een lege cel betekent: nog niet ingevuld.",
  );

  kop("Zo controleert u de werkmap");
  tekst(
    "Open de werkmap in Excel met de invoegtoepassing Regiomonitor en kies Controleren. Of gebruik de opdrachtregel: regiomonitor check BESTAND.xlsx.",
    "Elke melding noemt het blad en de cel, en zegt wat u moet doen. Los de fouten op voordat u de werkmap inlevert; een waarschuwing vraagt alleen om een blik.",
  );

  kop("Wat de kleuren betekenen");
  const labels = def.rag.labels;
  const inv = def.scores.invulling;
  tekst(
    `Invulling: ${labels.groen} als ten minste ${inv.groen}% is ingevuld en er geen fouten zijn; ${labels.oranje} vanaf ${inv.oranje}% zonder fouten; anders ${labels.rood}.`,
  );
  for (const t of rows)
    if (t.oordeel && t.oordeel.length > 0)
      tekst(
        `${t.blad}: ${t.oordeelRegel ?? `elke ${t.rijNaam.toLowerCase()} krijgt een kleur (${labels.groen}, ${labels.oranje}, ${labels.rood} of ${labels.grijs}); de uitleg staat bij het oordeel.`}`,
      );
  return out;
}
