/**
 * The issue catalogue: every code has a severity, a description and a template; messages are rendered from
 * the issue's data and location (where → what is wrong → what to do), so the same data gives the same text.
 */
import {
  CATALOGUE,
  ISSUE_CODES,
  formatDefinitionIssue,
  issueTags,
  issueTitle,
  makeIssue,
  moveIssue,
  type IssueCode,
  type IssueData,
} from "../../src/core/issues";
import { readReturn } from "../../src/core/engine/read";
import { DEF, setAnswer, setStatus, validInput } from "../helpers/inputs";

test("every code has a severity, a description and a message template", () => {
  const codes = Object.keys(CATALOGUE) as IssueCode[];
  expect(codes.length).toBeGreaterThan(30);
  for (const c of codes) {
    const e = CATALOGUE[c];
    expect(["fout", "waarschuwing", "info"]).toContain(e.severity);
    expect(e.beschrijving.length).toBeGreaterThan(10);
    expect(typeof e.bericht).toBe("function");
    expect(ISSUE_CODES[c]).toBe(e.severity);
  }
});

test("a message is rendered from the data and the location: cell, what is wrong, what to do", () => {
  const where = { bestand: "w.xlsx", blad: "Vragenlijst", rij: 5, kolom: "Antwoord", cel: "D5" };
  const i = makeIssue("ongeldig_antwoord", where, {
    onderwerp: "Antwoord op V3",
    gevonden: "Soms",
    opties: ["Alle", "Een deel", "Geen", "Onbekend"],
  });
  expect(i).toMatchObject({ code: "ongeldig_antwoord", severity: "fout", cel: "D5", rij: 5 });
  expect(i.bericht).toBe(
    "Antwoord op V3 (Vragenlijst!D5): 'Soms' is geen geldig antwoord. Kies uit: 'Alle', 'Een deel', 'Geen', 'Onbekend'.",
  );
  expect(i.gegevens).toEqual({
    onderwerp: "Antwoord op V3",
    gevonden: "Soms",
    opties: ["Alle", "Een deel", "Geen", "Onbekend"],
  });
});

test("what to do follows from how the cell is filled in", () => {
  const where = { bestand: "w.xlsx", blad: "Mijlpalen", rij: 3, kolom: "Status", cel: "C3" };
  const msg = (d: Parameters<(typeof CATALOGUE)["verplicht_leeg"]["bericht"]>[0]) =>
    makeIssue("verplicht_leeg", where, d).bericht;
  expect(msg({ onderwerp: "Status van M2", invoer: "keuze", onbekend: "Onbekend" })).toBe(
    "Status van M2 is leeg (Mijlpalen!C3). Kies een waarde uit de keuzelijst; weet u het niet, kies dan 'Onbekend'.",
  );
  expect(
    msg({ onderwerp: "Kwaliteitseisen", invoer: "keuze", opties: ["Vastgesteld", "Nader te bepalen"] }),
  ).toBe("Kwaliteitseisen is leeg (Mijlpalen!C3). Kies 'Vastgesteld' of 'Nader te bepalen'.");
  expect(msg({ onderwerp: "Peildatum", invoer: "datum" })).toContain(
    "Vul een datum in, bijvoorbeeld 'juni 2011'",
  );
  expect(msg({ onderwerp: "Ingevuld door", invoer: "tekst" })).toBe(
    "Ingevuld door is leeg (Mijlpalen!C3). Vul de cel in.",
  );
});

test("issues found in a workbook carry their data; re-rendering the data gives the same message", () => {
  let input = setStatus(validInput("Gouda"), "M2", "Half af");
  input = setAnswer(input, "V1", "31-02-2011");
  const r = readReturn(DEF, input);
  expect(r.issues.length).toBeGreaterThanOrEqual(2);
  for (const i of r.issues) {
    const again = moveIssue(i, { bestand: i.bestand, blad: i.blad, rij: i.rij, kolom: i.kolom, cel: i.cel });
    expect(again.bericht).toBe(i.bericht);
    expect(i.bericht).not.toMatch(/undefined|null|\[object/);
  }
  const status = r.issues.find((i) => i.cel === "C3")!;
  expect(status.gegevens).toMatchObject({ onderwerp: "Status van mijlpaal M2", gevonden: "Half af" });
  // The data keep their type per code: narrowing on the code types `gegevens` (no cast).
  if (status.code === "ongeldig_antwoord") expect(status.gegevens.opties).toContain("Gereed / in uitvoering");
  else throw new Error(`expected ongeldig_antwoord, got ${status.code}`);
});

/**
 * One example of the data of every code (the type makes a new code without an example a compile error), so
 * that every template is rendered once here with all its placeholders filled.
 */
const check = (onderwerp: string) => ({
  onderwerp,
  kolom: "Opleverdatum",
  datum: "juni 2011",
  einde: "30-06-2011",
  peildatum: "01-01-2011",
  zonderDatum: "Geen",
});
const EXAMPLES: { [C in IssueCode]: IssueData<C> } = {
  bestand_onleesbaar: { reden: "het is geen Excel-werkmap" },
  andere_definitie: { opgenomenId: "bmc-2015", opgenomenVersie: "1", verwacht: "RAK 2008–2010" },
  onbekende_versie: { id: "rak-2008-2010", versie: "9", bekend: ["1.0"] },
  geen_definitie: { naam: "RAK 2008–2010", versie: "1.0" },
  definitie_geen_json: { reden: "Unexpected token" },
  definitie_geen_definitiebestand: {},
  definitie_geen_instellingen: {},
  definitie_blad_onbekend: { bladen: ["Instellingen", "Vragen"] },
  definitie_blad_te_lang: { max: 9999 },
  definitie_blad_niet_samen: {},
  definitie_kolom_ontbreekt: { kolom: "Vraag" },
  definitie_kolom_onbekend: { kolommen: ["Nr", "Vraag"] },
  definitie_rijen_kolom_onbekend: {},
  definitie_tabel_niet_op_blad: { tabel: "acties", bekend: ["mijlpalen", "vragen"] },
  definitie_kolom_bij_vorm: { vorm: "rijen" },
  definitie_velden_zonder_tabel: {},
  definitie_cel_leeg: { kolom: "Vraag" },
  definitie_celfout: { fout: "#N/B" },
  definitie_geen_geheel_getal: { gevonden: "1,5", min: 0, max: 100 },
  definitie_geen_getal: { gevonden: "veel", min: 0, max: 1 },
  definitie_geen_ja_nee: { gevonden: "misschien" },
  definitie_geen_keuze: { gevonden: "keus", wat: "type", keuzes: ["schaal", "tekst"] },
  definitie_geen_datum: { gevonden: "31-13-2027" },
  definitie_geen_weergave: { gevonden: "Klaar X" },
  definitie_verplicht_ongeldig: { gevonden: "soms" },
  definitie_instelling_onbekend: { gevonden: "kleur", instellingen: ["Code", "Naam"] },
  definitie_instelling_dubbel: { instelling: "Naam", eerdereRij: 3 },
  definitie_instelling_leeg: { instelling: "Naam" },
  definitie_instelling_ontbreekt: { instelling: "Naam" },
  definitie_geen_eenheden: {},
  definitie_instelling_vervalt: { instelling: "Voortgang uit tabel", tabel: "mijlpalen" },
  definitie_landelijk_vervalt: { blad: "Mijlpalen landelijk", tabel: "mijlpalen" },
  definitie_naam_onbekend: { naam: "Meetmomnt", soort: "naam", velden: ["Meetmoment"], kolommen: ["status"] },
  definitie_voorwaarde_ongeldig: { gevonden: "status ligt ver weg" },
  definitie_voorwaarde_onvolledig: { ontbreekt: "datum" },
  definitie_aanhalingsteken: { tekst: '"Gereed' },
  definitie_ontbreekt: { verwacht: "string" },
  definitie_verkeerd_type: { verwacht: "number" },
  definitie_sleutel_onbekend: { sleutels: ["kleur"] },
  definitie_waarde_niet_toegestaan: { toegestaan: ["groen", "rood"] },
  definitie_buiten_grens: { grens: "max", waarde: "31", soort: "tekst" },
  definitie_vorm_ongeldig: { verwacht: "datum als JJJJ-MM-DD" },
  definitie_dubbel: { waarde: "Bergen" },
  definitie_lid_dubbel: { lid: "Urk", eenheid: "Flevoland" },
  definitie_geen_leden: {},
  definitie_schaal_ontbreekt: { bekend: ["janee"] },
  definitie_schaal_onbekend: { schaal: "jaanee", bekend: ["janee"] },
  definitie_velden_dubbel: {},
  definitie_eenheid_zonder_eenheden: {},
  definitie_rol_dubbel: { rol: "peildatum", aantal: 2 },
  definitie_rol_eenheid_ontbreekt: {},
  definitie_kolom_bestaat_niet: { kolom: "kleur", tabel: "mijlpalen", bekend: ["nr", "status"] },
  definitie_kolom_vast: { kolom: "code", moetVast: true },
  definitie_tabel_zonder_rijen: {},
  definitie_tabel_onbekend: { tabel: "acties", bekend: ["mijlpalen"], magLeeg: true },
  definitie_tabel_zelf: {},
  definitie_tabel_geen_vaste_rijen: { tabel: "stappen" },
  definitie_vaste_waarde_ontbreekt: { kolom: "nr" },
  definitie_geen_vaste_kolom: { kolom: "code" },
  definitie_veld_bestaat_niet: { veld: "Moment" },
  definitie_rij_bestaat_niet: { rij: "M99" },
  definitie_rij_zelf: {},
  definitie_groepen_zonder_oordeel: { tabel: "stappen" },
  definitie_retouren_zonder_eenheden: {},
  definitie_weergave_onbekend: { optie: "Klaar", kolom: "status", bekend: ["Gereed", "Niet gestart"] },
  definitie_invulling_volgorde: { oranje: 90, groen: 80 },
  definitie_kleur_volgorde: {},
  definitie_schema: { melding: "past bij geen van de vormen" },
  blad_ontbreekt: { tabel: "mijlpalen", monitor: "RAK 2008–2010" },
  kop_ontbreekt: { kolommen: ["Nr", "Status"] },
  kolom_ontbreekt: {},
  kolom_dubbel: {},
  kolom_extra: {},
  tabel_als_bereik: { tabel: "Mijlpalen" },
  te_veel_rijen: { max: 9999 },
  cellen_samengevoegd: {},
  vaste_rij_ontbreekt: { sleutel: "M2", label: "Regiovisie" },
  vaste_rij_gewijzigd: { gevonden: "Visie", standaard: "Regiovisie" },
  rij_dubbel: { sleutel: "M2", eerdereRij: 3 },
  rij_onbekend: { sleutel: "M99", monitor: "RAK 2008–2010" },
  open_rij_sleutel_leeg: { rijNaam: "Actie" },
  open_rij_sleutel_onbekend: { sleutel: "X", rijNaam: "Stap", bekend: ["S1", "S2"] },
  verplicht_leeg: { onderwerp: "Status van M2", invoer: "keuze", onbekend: "Onbekend" },
  ongeldig_antwoord: { onderwerp: "Antwoord op V3", gevonden: "Soms", opties: ["Ja", "Nee"] },
  onbekende_eenheid: { onderwerp: "Regio", gevonden: "Atlantis", aantal: 35, soort: "regio" },
  ongeldige_datum: { onderwerp: "Peildatum", gevonden: "morgen", getal: false, zonderDatum: ["Geen"] },
  datum_onwaarschijnlijk: { onderwerp: "Peildatum", datum: "01-01-1900", van: 1990, tot: 2100 },
  ongeldig_email: { onderwerp: "E-mail", gevonden: "jan" },
  celfout: { onderwerp: "Antwoord op V1", fout: "#VERW!" },
  groep_leeg: { groep: "Samenwerking", nummers: ["V1", "V2"] },
  verplicht_bij: { onderwerp: "Mijlpaal M2", kolom: "Toelichting", voorwaarde: "bij 'Gedeeltelijk'" },
  datum_na_peildatum: check("mijlpaal M2"),
  verwachte_datum_verstreken: check("mijlpaal M3"),
  niet_van_toepassing_ingevuld: { onderwerp: "Antwoord op V5", voorwaarde: "alleen bij de Eindfoto" },
  opleverdatum_leeg: check("Actie 12"),
  nulmeting_leeg: check("Actie 13"),
  verschuiving_wijkt_af: {
    onderwerp: "Actie 4",
    kolom: "Verschuiving",
    opgegeven: "0",
    volgensDatums: "3 maanden",
  },
  dubbele_retour: { eenheid: "Gouda", winnaar: "gouda-2.xlsx" },
  rij_in_meer_retouren: { onderwerp: "Actie 4", winnaar: "a.xlsx" },
  andere_monitor: { oud: "RAK 2008–2010", nieuw: "BMC 2015" },
  andere_versie: { monitor: "RAK", oudVersie: "1.0", nieuwVersie: "1.1" },
  landelijk_overzicht_van: { monitor: "RAK 2008–2010", aantal: 36, totaal: 37, gekozenMet: null },
  bestanden_andere_monitor: { monitor: "BMC 2015", aantal: 1, bestanden: ["bmc.xlsx"] },
  antwoord_ongewijzigd: { onderwerp: "Antwoord op V1", antwoord: "Ja", ronde: "2010" },
  landelijke_werkmap_als_retour: {},
  // pane notices (pane17)
  taakvenster_werkmap_onleesbaar: { reden: "Excel antwoordt niet. Probeer het opnieuw." },
  taakvenster_controleren_mislukt: { reden: "Excel antwoordt niet. Probeer het opnieuw." },
  taakvenster_automatisch_controleren_uit: { reden: "Excel meldt geen wijzigingen." },
  taakvenster_cel_niet_geselecteerd: { reden: "Het blad bestaat niet meer." },
  taakvenster_invoegen_mislukt: { reden: "De werkmap is beveiligd." },
  taakvenster_samenvatting_geschreven: { bladen: ["Samenvatting"] },
  taakvenster_samenvatting_niet_mogelijk: { reden: "De werkmap vermeldt geen monitor." },
  taakvenster_niet_geschreven: { reden: "Er is al een eigen blad 'Samenvatting'." },
  taakvenster_schrijven_mislukt: { reden: "Excel antwoordt niet. Probeer het opnieuw." },
  taakvenster_regionale_werkmap: { eenheid: "Gouda" },
  taakvenster_lezer_niet_geladen: { reden: "netwerkfout" },
  taakvenster_nieuwe_werkmap: {
    monitor: "Landelijk overzicht van RAK 2008–2010.",
    ontvangen: "ontvangen 3 van 37 regio's",
    nietMeegeteld: "; 1 bestand telt niet mee",
  },
  taakvenster_landelijk_geschreven: {
    monitor: "Landelijk overzicht van RAK 2008–2010.",
    ontvangen: "ontvangen 3 van 37 regio's",
    nietMeegeteld: "",
  },
  taakvenster_definitie_niet_geladen: { aantal: 2 },
  taakvenster_vorige_ronde_ongeldig: {},
  taakvenster_vorige_meting_ongeldig: {},
  taakvenster_vergelijking_geschreven: { samenvatting: "Alles is vergeleken." },
  taakvenster_niet_vergeleken: { reden: "De vorige ronde is van een andere monitor." },
  taakvenster_gekopieerd: {},
  taakvenster_klembord_geweigerd: { blad: "Regiomonitor meting", waar: "deze werkmap" },
  taakvenster_reeks_geschreven: { samenvatting: "2 metingen.", bladen: ["Reeks"], meldingen: [] },
  taakvenster_reeks_met_meldingen: {
    samenvatting: "2 metingen.",
    bladen: ["Reeks"],
    meldingen: ["de metingen hebben een andere versie."],
  },
  taakvenster_geen_reeks: {},
  taakvenster_geen_rapport: { reden: "geheugen vol" },
  taakvenster_bezig_controleren: {},
  taakvenster_bezig_samenvatting: {},
  taakvenster_verouderd: { automatisch: true },
  taakvenster_gecontroleerd: { monitor: "RAK 2008–2010" },
  taakvenster_lezer_laden: {},
  taakvenster_bestanden_lezen: { gelezen: 3, totaal: 37 },
  taakvenster_werkmap_maken: {},
  taakvenster_bladen_schrijven: {},
  taakvenster_bestanden_gelezen: { aantal: 37 },
  taakvenster_bestand_lezen: {},
  taakvenster_bezig_vergelijken: {},
  taakvenster_metingen_lezen: { aantal: 2 },
  // cli notices (dup17)
  bestand_geschreven: { soort: "landelijk" },
  kopie_geschreven: { bladen: ["Samenvatting", "Landelijk overzicht"] },
  voorbeeld_geschreven: { id: "taskforce-2013", bron: "Taskforce 2013", samenvatting: "s.xlsx" },
  samenvatting_niet_geschreven: {},
  niet_gevonden: { soort: "werkmap", ofMap: true, map: null },
  bestand_probleem: { soort: "geen_toegang", schrijven: true },
  invoer_is_map: { soort: "werkmap" },
  invoer_overgeslagen: { map: null },
  niets_gemaakt: { wat: "reeks" },
  meting_te_groot: { bytes: 60_000_000, max: 50_000_000 },
  geen_landelijke_meting: { soort: "vergelijking" },
  geen_landelijke_export: {},
  check_geen_retour: { soort: "geen-retour" },
  check_kopie_met_samenvatting: { bladen: ["Samenvatting"] },
  geen_werkmappen: { leeg: 2 },
  bestand_niet_meegeteld: { dubbel: true, reden: "Gouda telt al mee met gouda-2.xlsx" },
  eerdere_peildatum: {},
  uitvoer_is_invoer: {},
  uitvoer_dubbel: { opties: ["-o", "--json"] },
  reeks_te_kort: {},
  optie_verplicht: { optie: "-o" },
  opties_niet_samen: { opties: ["--regio", "--alle"] },
};

test("every code has a tag, and every template renders with all its placeholders filled", () => {
  const inSheet = { bestand: "def.xlsx", blad: "Vragen", rij: 3, kolom: "Schaal", cel: "E3" };
  const inJson = { bestand: "def.json", pad: "tabellen[1].rijen[2].schaal" };
  for (const code of Object.keys(CATALOGUE) as IssueCode[]) {
    expect([code, issueTags(code).length > 0]).toEqual([code, true]);
    // A definition's issue can be in a workbook or in a JSON file; the others are always in a workbook.
    for (const where of issueTags(code).includes("definitie") ? [inSheet, inJson] : [inSheet]) {
      const i = makeIssue(code, where, EXAMPLES[code] as never);
      expect([code, i.bericht]).not.toEqual([
        code,
        expect.stringMatching(/undefined|null|\[object|NaN|\$\{/),
      ]);
      // A sentence ends as one; a status line of the pane may end in "…" or stand without a full stop; a status
      // line of the command line may end with a file it wrote, or introduce the lines below it.
      if (!issueTags(code).includes("status")) {
        const end = issueTags(code).includes("opdrachtregel") ? /([.!?):]|\.xlsx)$/ : /[.!?)]$/;
        expect([code, i.bericht.trim()]).toEqual([code, expect.stringMatching(end)]);
      }
    }
  }
});

test("a definition issue names sheet, row and column in a workbook, the path in a JSON file, never both", () => {
  const data = { schaal: "jaanee", bekend: ["janee", "meetmoment"] };
  const sheet = makeIssue(
    "definitie_schaal_onbekend",
    { bestand: "def.xlsx", blad: "Vragen", rij: 3, kolom: "Schaal" },
    data,
  );
  expect(sheet).toMatchObject({
    code: "definitie_schaal_onbekend",
    severity: "fout",
    blad: "Vragen",
    rij: 3,
  });
  expect(sheet.bericht).toBe(
    "Blad 'Vragen', rij 3, kolom 'Schaal': de schaal 'jaanee' bestaat niet. Schrijf de naam van een schaal: janee, meetmoment.",
  );
  expect(formatDefinitionIssue(sheet)).toBe(`def.xlsx: ${sheet.bericht}`);
  const json = makeIssue(
    "definitie_schaal_onbekend",
    { bestand: "def.json", pad: "tabellen[1].rijen[2].schaal" },
    data,
  );
  expect(json.bericht).toBe(
    "tabellen[1].rijen[2].schaal: de schaal 'jaanee' bestaat niet. Schrijf de naam van een schaal: janee, meetmoment.",
  );
  // Moved to the cell it came from, the message loses the path.
  const moved = moveIssue(json, { bestand: "def.xlsx", blad: "Vragen", rij: 3, kolom: "Schaal" });
  expect(moved.bericht).toBe(sheet.bericht);
  expect(moved.pad).toBeUndefined();
  expect(issueTags("definitie_schaal_onbekend")).toEqual(["definitie", "verwijzing"]);
});

test("the pane's notices: a heading each, and the message rendered from the data and the file", () => {
  const pane = (Object.keys(CATALOGUE) as IssueCode[]).filter((c) => issueTags(c).includes("taakvenster"));
  expect(pane.length).toBeGreaterThan(20);
  // A notice has a heading; a status line has none.
  for (const c of pane)
    expect([c, issueTitle(c)]).toEqual([
      c,
      issueTags(c).includes("status") ? null : expect.stringMatching(/^[A-Z][^.]+$/),
    ]);
  expect(makeIssue("taakvenster_bestanden_gelezen", { bestand: "" }, { aantal: 1 }).bericht).toBe(
    "Klaar: 1 bestand gelezen",
  );
  expect(issueTitle("verplicht_leeg")).toBeNull();
  const n = makeIssue(
    "taakvenster_definitie_niet_geladen",
    { bestand: "mijn-definitie.json" },
    { aantal: 2 },
  );
  expect(n.severity).toBe("fout");
  expect(n.bericht).toBe("mijn-definitie.json bevat 2 fouten; de actieve definitie is niet gewijzigd.");
  expect(
    makeIssue("taakvenster_samenvatting_geschreven", { bestand: "" }, { bladen: ["Samenvatting", "Acties"] })
      .bericht,
  ).toBe(
    "De bladen 'Samenvatting', 'Acties' bevatten nu de uitkomst van deze controle. Uw eigen bladen zijn niet gewijzigd.",
  );
});
