/**
 * The command table: one entry per command; the help and the parsing come from it (see args.ts). Each command's
 * module is loaded only when it runs, so `--help`, `--version` and usage errors load no more than this table
 * (`test/e2e/cli-lazy.test.ts`).
 */
import { builtInIds } from "../core/model/builtins/ids";
import { defineCommand, type AnyCommand } from "./args";

/** The `compare` entry of the command table. */
const compareCommand = defineCommand({
  naam: "compare",
  samenvatting: "Vergelijk twee landelijke metingen (JSON of landelijke werkmap).",
  gebruik: ["compare OUD NIEUW -o VERGELIJKING.xlsx [--json VERGELIJKING.json]"],
  uitleg:
    "OUD en NIEUW zijn elk de JSON van 'regiomonitor aggregate --json' of een landelijke werkmap (.xlsx) van 'regiomonitor aggregate' of van Excel.",
  argumenten: [
    { naam: "OUD", beschrijving: "De vorige meting (.json of landelijke .xlsx)." },
    { naam: "NIEUW", beschrijving: "Deze meting (.json of landelijke .xlsx)." },
  ],
  opties: {
    o: {
      type: "string",
      waarde: "VERGELIJKING.xlsx",
      beschrijving: "Waar de vergelijking komt (verplicht).",
    },
    json: {
      type: "string",
      waarde: "VERGELIJKING.json",
      beschrijving: "Schrijf de vergelijking ook als JSON.",
    },
  },
  voorbeelden: ["compare landelijk-2010.xlsx landelijk-2011.xlsx -o vergelijking.xlsx"],
  run: async ({ positional, options }, io) => (await import("./compare")).cmdCompare(positional, options, io),
});

/** The `reeks` entry of the command table. */
const reeksCommand = defineCommand({
  naam: "reeks",
  samenvatting: "Zet twee of meer landelijke metingen van één monitor op een rij (een reeks).",
  gebruik: ["reeks METING1 METING2 [METING3 ...] -o REEKS.xlsx [--json REEKS.json]"],
  uitleg:
    "Elke meting is de JSON van 'regiomonitor aggregate --json' of een landelijke werkmap (.xlsx). De metingen komen op volgorde van peildatum. Onderdelen worden per code gekoppeld; toegevoegde, vervallen en hernoemde onderdelen staan bovenaan.",
  argumenten: [
    { naam: "METINGEN", beschrijving: "De landelijke metingen (.json of landelijke .xlsx).", meer: true },
  ],
  opties: {
    o: { type: "string", waarde: "REEKS.xlsx", beschrijving: "Waar de reeks komt (verplicht)." },
    json: {
      type: "string",
      waarde: "REEKS.json",
      beschrijving: "Schrijf de reeks ook als JSON (zie docs/json-export.md).",
    },
  },
  voorbeelden: [
    "reeks landelijk-2012.json landelijk-2013-voorjaar.json landelijk-2013-najaar.xlsx -o reeks.xlsx",
  ],
  run: async ({ positional, options }, io) => (await import("./reeks")).cmdReeks(positional, options, io),
});

/** The `rapport` entry of the command table. */
const rapportCommand = defineCommand({
  naam: "rapport",
  samenvatting: "Maak het landelijke rapport om te publiceren (HTML, af te drukken op A4).",
  gebruik: [
    "rapport LANDELIJK.json -o RAPPORT.html|RAPPORT.pdf [--vorige VORIGE.json|VORIGE.xlsx] [--reeks REEKS.json]",
  ],
  uitleg:
    "LANDELIJK is de JSON van 'regiomonitor aggregate --json' of een landelijke werkmap (.xlsx). Het rapport is één HTML-bestand met de landelijke tabellen, grafieken en een factsheet per regio; open het in een browser en druk het af. Met -o RAPPORT.pdf drukt Regiomonitor het zelf af met Chromium, Chrome of Edge op deze computer: dan staan in de inhoud de paginanummers.",
  argumenten: [{ naam: "LANDELIJK", beschrijving: "De landelijke meting (.json of landelijke .xlsx)." }],
  opties: {
    o: {
      type: "string",
      waarde: "RAPPORT.html",
      beschrijving:
        "Waar het rapport komt (verplicht): een .html-bestand, of een .pdf-bestand (afgedrukt met Chromium).",
    },
    vorige: {
      type: "string",
      waarde: "VORIGE.json",
      beschrijving:
        "De vorige ronde (JSON van 'aggregate' of landelijke werkmap): de factsheet van elke regio toont naast elk antwoord het antwoord van de vorige ronde en of het is gewijzigd.",
    },
    reeks: {
      type: "string",
      waarde: "REEKS.json",
      beschrijving:
        "Een reeks van metingen (JSON van 'regiomonitor reeks --json'): het rapport krijgt een hoofdstuk met per onderdeel de landelijke cijfers per meting en per regio het oordeel per meting.",
    },
  },
  voorbeelden: [
    "rapport demo-uitvoer/landelijk.json -o rapport.html",
    "rapport demo-uitvoer/landelijk.json -o rapport.pdf",
    "rapport landelijk-eindfoto.json --vorige landelijk-startfoto.json -o rapport.html",
    "rapport landelijk-eindfoto.json --reeks reeks.json -o rapport.html",
  ],
  run: async ({ positional, options }, io) =>
    (await import("./rapport")).writeReport(positional[0], options.o, io, options.vorige, options.reeks),
});

/** `--definitie` and `--definitie-id`, shared by template, check and aggregate. */
function definitionOptions() {
  return {
    definitie: {
      type: "string",
      waarde: "BESTAND.json|BESTAND.xlsx",
      beschrijving:
        "Gebruik de definitie in dit bestand (JSON of Excel-werkmap) in plaats van de standaard (zie docs/definitions.md).",
    },
    "definitie-id": {
      type: "string",
      waarde: "ID",
      beschrijving: `Gebruik een ingebouwde definitie: ${builtInIds().join(", ")}.`,
    },
  } as const;
}

/** The command table: one entry per command; the help and the parsing come from it (see args.ts). */
export function commandTable(): AnyCommand[] {
  return [
    defineCommand({
      naam: "template",
      samenvatting: "Maak een lege werkmap (standaardwerkmap) om in te vullen.",
      gebruik: [
        "template --regio NAAM [--meetmoment MEETMOMENT] [--peildatum dd-mm-jjjj] -o BESTAND.xlsx",
        "template --alle [--meetmoment MEETMOMENT] [--peildatum dd-mm-jjjj] -o MAP",
        "template --alle --vorige LANDELIJK.xlsx|LANDELIJK.json --meetmoment MEETMOMENT -o MAP",
        "template --definitie-id ID [--voorbeeld] -o BESTAND.xlsx",
      ],
      uitleg:
        "Zonder --meetmoment krijgt de werkmap het meetmoment dat de definitie als standaard geeft (Startfoto), net als het taakvenster in Excel.",
      argumenten: [],
      opties: {
        regio: {
          type: "string",
          waarde: "NAAM",
          beschrijving:
            "De regio (of andere eenheid) van de werkmap. Een onbekende naam, bijvoorbeeld --regio ?, geeft de lijst van alle namen.",
        },
        alle: { type: "boolean", beschrijving: "Maak een werkmap voor elke regio, in de map van -o." },
        meetmoment: {
          type: "string",
          waarde: "MEETMOMENT",
          beschrijving: "Startfoto of Eindfoto (standaard: Startfoto).",
        },
        peildatum: {
          type: "string",
          waarde: "dd-mm-jjjj",
          beschrijving:
            "De peildatum, bijvoorbeeld 15-01-2011. Zonder deze optie blijft de cel leeg: vul hem dan in Excel in, want de controle vraagt erom.",
        },
        voorbeeld: {
          type: "boolean",
          beschrijving: "Vul de werkmap met het ingebouwde voorbeeld (monitors zonder regio's).",
        },
        vorige: {
          type: "string",
          waarde: "LANDELIJK.xlsx|LANDELIJK.json",
          beschrijving:
            "De vorige ronde (landelijke werkmap of JSON van 'aggregate'): elke werkmap toont naast elk onderdeel het antwoord van de regio in die ronde, en vult contactgegevens alvast in.",
        },
        o: {
          type: "string",
          waarde: "BESTAND.xlsx",
          beschrijving: "Waar de werkmap komt (bij --alle: een map).",
        },
        ...definitionOptions(),
      },
      voorbeelden: [
        "template --regio Utrecht -o Regiomonitor-Utrecht.xlsx",
        "template --alle --peildatum 15-01-2011 -o werkmappen",
        "template --alle --vorige landelijk-startfoto.xlsx --meetmoment Eindfoto -o werkmappen",
      ],
      run: async ({ options }, io) => (await import("./main")).cmdTemplate(options, io),
    }),
    defineCommand({
      naam: "check",
      samenvatting: "Controleer een ingevulde werkmap en toon de oordelen en meldingen.",
      gebruik: ["check BESTAND.xlsx [--json] [--out KOPIE.xlsx] [--vorige LANDELIJK.xlsx|LANDELIJK.json]"],
      uitleg: "De werkmap zelf wordt nooit gewijzigd.",
      argumenten: [{ naam: "BESTAND.xlsx", beschrijving: "De ingevulde werkmap." }],
      opties: {
        json: {
          type: "boolean",
          beschrijving: "Toon het resultaat als JSON (met de codes van de meldingen).",
        },
        out: {
          type: "string",
          waarde: "KOPIE.xlsx",
          beschrijving: "Schrijf een kopie van de werkmap met het blad Samenvatting erbij.",
        },
        vorige: {
          type: "string",
          waarde: "LANDELIJK.xlsx|LANDELIJK.json",
          beschrijving:
            "De vorige ronde (landelijke werkmap of JSON van 'aggregate'): toon wat er sindsdien is veranderd, en meld een antwoord dat gelijk bleef waar de definitie om een nieuw antwoord vraagt.",
        },
        ...definitionOptions(),
      },
      voorbeelden: [
        "check Regiomonitor-Utrecht.xlsx",
        "check Regiomonitor-Utrecht.xlsx --out Utrecht-samenvatting.xlsx",
        "check Regiomonitor-Utrecht.xlsx --vorige landelijk-startfoto.xlsx",
      ],
      run: async ({ positional, options }, io) =>
        (await import("./main")).cmdCheck(positional[0], options, io),
    }),
    defineCommand({
      naam: "aggregate",
      samenvatting: "Voeg de werkmappen van alle regio's samen tot de landelijke werkmap.",
      gebruik: [
        "aggregate BESTANDEN-OF-MAPPEN... -o LANDELIJK.xlsx [--json LANDELIJK.json] [--vorige VORIGE.xlsx|VORIGE.json]",
      ],
      uitleg: "Bestanden die niet te lezen zijn, worden overgeslagen en gemeld; de andere tellen mee.",
      argumenten: [
        { naam: "BESTANDEN-OF-MAPPEN", meer: true, beschrijving: "Werkmappen, of mappen met werkmappen." },
      ],
      opties: {
        o: {
          type: "string",
          waarde: "LANDELIJK.xlsx",
          beschrijving: "Waar de landelijke werkmap komt (verplicht).",
        },
        json: {
          type: "string",
          waarde: "LANDELIJK.json",
          beschrijving: "Schrijf de landelijke cijfers ook als JSON (zie docs/json-export.md).",
        },
        vorige: {
          type: "string",
          waarde: "VORIGE.xlsx",
          beschrijving:
            "De vorige ronde (landelijke werkmap of JSON van 'aggregate'): de factsheet van elke regio toont naast elk antwoord het antwoord van de vorige ronde en of het is gewijzigd.",
        },
        ...definitionOptions(),
      },
      voorbeelden: [
        "aggregate ingeleverd/ -o landelijk.xlsx --json landelijk.json",
        "aggregate ingeleverd/ -o landelijk-eindfoto.xlsx --vorige landelijk-startfoto.xlsx",
      ],
      run: async ({ positional, options }, io) =>
        (await import("./main")).cmdAggregate(positional, options, io),
    }),
    compareCommand,
    reeksCommand,
    rapportCommand,
    defineCommand({
      naam: "demo",
      samenvatting: "Maak voorbeeldwerkmappen van alle monitors en voeg ze samen.",
      gebruik: ["demo [-o MAP]"],
      argumenten: [],
      opties: {
        o: {
          type: "string",
          waarde: "MAP",
          beschrijving: "De map voor de voorbeelden (standaard: demo-uitvoer).",
        },
      },
      voorbeelden: ["demo -o demo-uitvoer"],
      run: async ({ options }, io) => (await import("./main")).cmdDemo(options, io),
    }),
    defineCommand({
      naam: "definitie",
      samenvatting: "Schrijf een ingebouwde definitie als JSON of als Excel-werkmap, om aan te passen.",
      gebruik: ["definitie export ID [-o BESTAND.json]", "definitie export ID --xlsx -o BESTAND.xlsx"],
      argumenten: [
        { naam: "export", beschrijving: "Wat te doen (alleen export)." },
        { naam: "ID", beschrijving: `De ingebouwde definitie: ${builtInIds().join(", ")}.` },
      ],
      opties: {
        o: {
          type: "string",
          waarde: "BESTAND.json",
          beschrijving:
            "Waar de definitie komt (anders op het scherm). Eindigt de naam op .xlsx, dan wordt het een Excel-werkmap.",
        },
        xlsx: {
          type: "boolean",
          beschrijving:
            "Schrijf de definitie als Excel-werkmap (bladen instellingen, schalen, vragen, …; zie docs/definitions.md).",
        },
      },
      voorbeelden: [
        "definitie export rak-2008-2010 -o mijn-monitor.json",
        "definitie export rak-2008-2010 --xlsx -o mijn-monitor.xlsx",
      ],
      run: async ({ positional, options }, io) =>
        (await import("./main")).cmdDefinitie(positional, options, io),
    }),
  ];
}
