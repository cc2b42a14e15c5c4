/**
 * What a definition workbook says about itself, for the policy officer who edits it without a manual: the
 * Toelichting sheet (what the workbook is, how to make a new monitor, a worked example, the judgement rules
 * of the monitor in words) and, per header, its comment and its dropdown. Decided here from the layout and
 * the definition; the writer (src/xlsx/definition-workbook-write.ts) only renders it.
 */
import type { Grid } from "../../grid";
import type { Monitor, RowsTable } from "../schema";
import { printCondition } from "./conditions";
import { MILESTONES_ID } from "./defaults";
import { SHEETS, sheetTitle, type SheetColumn, type SheetLayout } from "./layout";
import { refContext, type Obj } from "./read-sheet";
import { headerKey } from "./sheets";

/** The first sheet of an exported definition; the reader skips it. */
export const GUIDE_SHEET = "Toelichting";
/** The hidden sheet with the dropdown lists; its `_` makes the reader skip it. */
export const CHOICES_SHEET = "_keuzelijsten";

/** One line of the Toelichting sheet: a heading, a text, or a row of an example table. */
export interface GuideLine {
  soort: "titel" | "kop" | "tekst" | "voorbeeldkop" | "voorbeeld";
  cellen: string[];
}

/** The comment and the dropdown of one header of a sheet of the export. */
export interface HeaderHelp {
  uitleg: string;
  /** The dropdown's values, or null. */
  keuzes: string[] | null;
  /** Other values are allowed too (the dropdown only helps). */
  vrij: boolean;
}

const layoutOf = (sheet: string): SheetLayout | undefined =>
  Object.values(SHEETS).find((l) => headerKey(l.blad) === headerKey(sheet));

const columnOf = (layout: SheetLayout, header: string): SheetColumn | undefined =>
  layout.kolommen.find(
    (c) => headerKey(c.kop) === headerKey(header) || headerKey(c.kol) === headerKey(header),
  );

/** The help of every header of a sheet of the export, in the order of the header row. */
export function headerHelp(def: Monitor, g: Grid): HeaderHelp[] {
  const layout = layoutOf(g.sheet);
  const header = (g.values[0] ?? []).map((v) => (v === null ? "" : String(v)));
  const scales = Object.keys(def.schalen);
  const tables = def.tabellen.map((t) => t.id);
  return header.map((h) => {
    const c = layout ? columnOf(layout, h) : undefined;
    if (!c)
      return {
        uitleg: `Vaste kolom '${h}' (blad Kolommen, Vast = ja): de tekst die in de werkmap in deze kolom staat.`,
        keuzes: null,
        vrij: false,
      };
    const keuzes =
      c.keuzes === "schalen" ? scales : c.keuzes === "tabellen" ? tables : c.keuzes ? [...c.keuzes] : null;
    return { uitleg: c.uitleg, keuzes: keuzes && keuzes.length > 0 ? keuzes : null, vrij: c.vrij === true };
  });
}

/** The judgement rules of a rows table in words: colour, condition and explanation, first match wins. */
function rulesText(def: Monitor, t: RowsTable): string[][] {
  const ctx = refContext(def.tabellen as unknown as Obj[], t as unknown as Obj);
  return (t.oordeel ?? []).map((r) => [
    def.rag.labels[r.rag] ?? r.rag,
    r.als.length === 0 ? "(altijd)" : printCondition(r.als, ctx),
    r.uitleg,
  ]);
}

/** The Toelichting sheet of an exported definition. `sheets` are the sheets the export writes. */
export function definitionGuide(def: Monitor, sheets: Grid[]): GuideLine[] {
  const out: GuideLine[] = [];
  const kop = (t: string) => out.push({ soort: "kop", cellen: [t] });
  const tekst = (...t: string[]) => t.forEach((x) => out.push({ soort: "tekst", cellen: [x] }));
  /** A worked example on a sheet: its headers, then one row (cut to as many cells as the sheet has columns). */
  const example = (sheet: { kolommen: readonly { kop: string }[] }, cellen: string[]) => {
    const koppen = sheet.kolommen.map((c) => c.kop);
    out.push(
      { soort: "voorbeeldkop", cellen: koppen },
      { soort: "voorbeeld", cellen: cellen.slice(0, koppen.length) },
    );
  };
  const simple = sheets.some((g) => headerKey(g.sheet) === "vragen");
  const names = sheets.map((g) => g.sheet);

  out.push({ soort: "titel", cellen: [`Definitie van de monitor ${def.naam}`] });
  tekst(
    `Code ${def.id}, versie ${def.versie}. Deze werkmap beschrijft de monitor: de vragen en mijlpalen van de standaardwerkmap, de antwoorden die mogen, hoe Regiomonitor de antwoorden beoordeelt en welke bladen de landelijke werkmap krijgt.`,
    "U kunt deze werkmap zelf aanpassen en er een nieuwe monitor van maken. Daarvoor hoeft u niet te programmeren. De handleiding staat in docs/handleiding-definities.md.",
  );

  kop("Zo maakt u een nieuwe monitor");
  tekst(
    "1. Sla deze werkmap op onder een nieuwe naam.",
    "2. Blad Instellingen: geef een nieuwe Code (bijvoorbeeld rak-2011), Versie 1 en een Naam. Vul ook Omschrijving, Wie vult in, Inleveren vóór en Inleveren bij in: die staan op het blad Toelichting van de standaardwerkmap.",
    "3. Pas de rijen aan: elke rij is één vraag, mijlpaal, antwoordoptie of instelling. U mag rijen toevoegen en verwijderen. Een blad helemaal leegmaken mag ook (laat de kopregel staan).",
    "4. Maak de standaardwerkmap: regiomonitor template --alle --definitie BESTAND.xlsx -o werkmappen (of laad de definitie in het taakvenster met Definitie laden). Is er iets niet in orde, dan krijgt u eerst de meldingen: elke melding noemt het blad, de rij en de kolom, en zegt wat u daar moet invullen.",
    "5. Een melding die met 'Let op' begint, is geen fout: een instelling valt terug op de standaard (bijvoorbeeld omdat u de mijlpalen weghaalde). Maak de genoemde cel leeg, dan verdwijnt de melding.",
  );

  kop("Kolommen, keuzelijsten en opmerkingen");
  tekst(
    "Elke kolomkop heeft een opmerking (het rode driehoekje): wat er in de kolom moet. Ga met de muis op de kop staan om die te lezen.",
    "Kolommen als Type, Schaal, Verplicht, Kleur en ja/nee hebben een keuzelijst: klik op de cel en kies met het pijltje.",
    "Een lege cel betekent: de standaard. Wat de standaard is, staat in de opmerking bij de kop en op het blad Instellingen in de kolom Uitleg.",
    "Een blad waarvan de naam met _ begint, leest Regiomonitor niet: gebruik zo'n blad voor uw aantekeningen. Dit blad (Toelichting) wordt ook niet gelezen.",
  );

  kop("De bladen");
  for (const g of sheets) {
    const l = layoutOf(g.sheet);
    if (l) tekst(`${sheetTitle(l)}: ${l.uitleg}`);
  }

  kop(
    simple
      ? "Uitgewerkt voorbeeld: een vraag en een mijlpaal toevoegen"
      : "Uitgewerkt voorbeeld: een rij toevoegen",
  );
  if (simple) {
    const scale = Object.keys(def.schalen).find((s) => s !== "status") ?? Object.keys(def.schalen)[0] ?? "";
    tekst(
      `Een vraag: zet op het blad Vragen een nieuwe rij onder de laatste vraag. Bijvoorbeeld (Type schaal met de schaal '${scale}' van het blad Schalen):`,
    );
    example(SHEETS.vragen, [
      "99",
      "Aanpak",
      "Is er een afspraak over de terugkoppeling aan de melder?",
      "schaal",
      scale,
      "ja",
      "",
      "Kies het antwoord dat op de peildatum geldt.",
    ]);
    tekst(
      "Een mijlpaal: zet op het blad Mijlpalen een nieuwe rij. De Normdatum is de datum waarop de mijlpaal gereed moet zijn; Geldt als zegt bij welk meetmoment hij meetelt:",
    );
    example(SHEETS.mijlpalen, [
      "M99",
      "Werkafspraken met de huisartsen vastgelegd",
      "31-12-2011",
      "Meetmoment = Eindfoto",
      "Vul de datum in waarop de afspraken zijn ondertekend.",
    ]);
    tekst(
      "Geen mijlpalen: maak het blad Mijlpalen leeg (laat de kopregel staan). Instellingen die de mijlpalen noemen (Oordeel eenheid uit tabel, Voortgang uit tabel) en landelijke bladen over de mijlpalen vallen dan terug op de standaard; de controle meldt dat met de cel die u leeg kunt maken.",
    );
  } else {
    tekst(
      "Een rij: zet op het blad Rijen een nieuwe rij met in de kolom Tabel de code van de tabel (blad Tabellen) en in de kolommen rechts de vaste teksten. Een kolom: zet op het blad Kolommen een rij met de Tabel, een Code en een Kop.",
    );
  }

  kop("Voorwaarden (Geldt als, Als, Verplicht: als …)");
  tekst(
    "Een voorwaarde is een korte zin: een naam, een vergelijking en een waarde. De naam is een veld (Meetmoment), een kolom (Status of de code van de kolom), een andere rij (C2) of normdatum.",
    "Voorbeelden: Meetmoment = Eindfoto · Status = Gereed of Gedeeltelijk · Status is niet Vervallen · Opleverdatum is ingevuld · Datum gereed uiterlijk normdatum + 12 maanden · Datum gereed na veld:Peildatum.",
    "Meer tests tegelijk: zet ' en ' ertussen. Meer waarden: zet ' of ' ertussen.",
  );

  const judged = def.tabellen.filter(
    (t): t is RowsTable => t.vorm === "rijen" && (t.oordeel?.length ?? 0) > 0,
  );
  if (judged.length > 0) {
    kop("De kleuren: hoe Regiomonitor elke rij beoordeelt");
    tekst(
      "Per tabel beslist de eerste regel waarvan de voorwaarde klopt. De uitleg staat bij elk oordeel in de werkmap en in het rapport.",
    );
    for (const t of judged) {
      const where =
        simple && t.id === MILESTONES_ID
          ? "Deze regels volgen uit de mijlpalen en de instelling Toegestane uitloop (maanden) op het blad Instellingen: pas die aan om de grens te verschuiven."
          : names.some((n) => headerKey(n) === "oordeel")
            ? `Deze regels staan op het blad Oordeel (Tabel = ${t.id}): daar past u ze aan.`
            : "";
      tekst(`${t.blad} (${t.rijNaamMeervoud}). ${where}`.trim());
      out.push({ soort: "voorbeeldkop", cellen: ["Kleur", "Als", "Uitleg"] });
      for (const r of rulesText(def, t)) out.push({ soort: "voorbeeld", cellen: r });
    }
  }
  return out;
}
