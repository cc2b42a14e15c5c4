/** The command table's parser and help (src/cli/args.ts, help.ts), on a small command written here. */
import { defineCommand, parseCommandArgs, UsageError, wantsHelp, type AnyCommand } from "../../src/cli/args";
import { commandHelp, helpHint, overviewHelp } from "../../src/cli/help";
import { fileErrorMessage } from "../../src/cli/file-errors";
import { notAReturnMessage, recogniseWorkbook, summaryNote } from "../../src/cli/recognise";
import { defaultMeetmoment } from "../../src/cli/main";
import { defaultMonitor } from "../../src/core/model";

const cmd: AnyCommand = defineCommand({
  naam: "proef",
  samenvatting: "Een opdracht voor de test.",
  gebruik: ["proef BESTAND [--regio NAAM] [--json] -o UIT"],
  argumenten: [{ naam: "BESTAND", beschrijving: "Het bestand." }],
  opties: {
    regio: { type: "string", waarde: "NAAM", beschrijving: "De regio." },
    json: { type: "boolean", beschrijving: "Als JSON." },
    o: { type: "string", waarde: "UIT", beschrijving: "Het doel." },
  },
  voorbeelden: ["proef a.xlsx -o b.xlsx"],
  run: async () => 0,
});

function usageError(argv: string[]): string {
  try {
    parseCommandArgs(cmd, argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).command).toBe("proef");
    return (e as Error).message;
  }
  throw new Error("no usage error");
}

test("options and positionals are parsed by type; -o is the one-letter option", () => {
  expect(parseCommandArgs(cmd, ["a.xlsx", "--regio", "Gouda", "--json", "-o", "b.xlsx"])).toEqual({
    positional: ["a.xlsx"],
    options: { regio: "Gouda", json: true, o: "b.xlsx" },
  });
  expect(parseCommandArgs(cmd, ["--regio=Den Haag", "a.xlsx"]).options).toEqual({ regio: "Den Haag" });
});

test("wrong command lines give one short Dutch sentence", () => {
  expect(usageError(["a.xlsx", "--regoi", "Gouda"])).toBe("Onbekende optie --regoi. Bedoelt u --regio?");
  expect(usageError(["a.xlsx", "--onzin"])).toBe("Onbekende optie --onzin.");
  expect(usageError(["a.xlsx", "--regio"])).toBe("Optie --regio verwacht een waarde (NAAM).");
  expect(usageError(["a.xlsx", "-o", "--json"])).toBe("Optie -o verwacht een waarde (UIT).");
  expect(usageError(["a.xlsx", "--json=ja"])).toBe("Optie --json krijgt geen waarde.");
  expect(usageError(["a.xlsx", "-o", "x", "-o", "y"])).toBe(
    "Optie -o staat er twee keer; geef hem één keer.",
  );
  expect(usageError([])).toBe("Geef BESTAND op.");
  expect(usageError(["a.xlsx", "b.xlsx"])).toBe("Onverwacht argument 'b.xlsx'.");
  expect(usageError(["a.xlsx", "—regio"])).toBe(
    "Onverwacht argument '—regio'. Typ opties met twee gewone streepjes (--).",
  );
  expect(helpHint("proef")).toBe("Typ 'regiomonitor proef --help' voor de opties.");
});

test("--help and -h are asked for anywhere before --", () => {
  expect(wantsHelp(["a.xlsx", "--help"])).toBe(true);
  expect(wantsHelp(["-h"])).toBe(true);
  expect(wantsHelp(["--", "--help"])).toBe(false);
  expect(wantsHelp(["a.xlsx"])).toBe(false);
});

test("the help of a command shows its usage, arguments, every option with its text, and an example", () => {
  const h = commandHelp(cmd);
  expect(h).toContain("regiomonitor proef — Een opdracht voor de test.");
  expect(h).toContain("  regiomonitor proef BESTAND [--regio NAAM] [--json] -o UIT");
  expect(h).toMatch(/--regio NAAM\s+De regio\./);
  expect(h).toMatch(/--json\s+Als JSON\./);
  expect(h).toMatch(/-o UIT\s+Het doel\./);
  expect(h).toMatch(/-h, --help\s+Toon deze hulp\./);
  expect(h).toContain("Voorbeeld:\n  regiomonitor proef a.xlsx -o b.xlsx");
  const o = overviewHelp([cmd], "9.8.7");
  expect(o).toContain("regiomonitor 9.8.7");
  expect(o).toMatch(/proef\s+Een opdracht voor de test\./);
});

test("file system errors in Dutch, with the path and without the code", () => {
  const err = (code: string, p = "/x/y.xlsx") =>
    Object.assign(new Error(`${code}: x`), { code, path: p, syscall: "open" });
  for (const code of ["ENOENT", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "ENOSPC", "EROFS", "EBUSY"]) {
    const m = fileErrorMessage(err(code))!;
    expect(m).toContain("/x/y.xlsx");
    expect(m).not.toContain(code);
  }
  expect(fileErrorMessage(err("EACCES", "/x/y.xlsx.1234.tmp"), undefined, true)).toBe(
    "Geen toegang tot '/x/y.xlsx': u mag dit bestand of deze map niet schrijven. Kies een andere plek of vraag de beheerder om rechten.",
  );
  expect(fileErrorMessage(new Error("iets anders"))).toBeNull();
});

test("the tool's own workbooks are recognised by their sheets", () => {
  const a1 = (cells: Record<string, string>) => (b: string) => cells[b] ?? null;
  const national = recogniseWorkbook({
    bladen: ["Retouren", "Mijlpalen landelijk", "Regiomonitor meting"],
    retourBladen: [],
    a1: a1({}),
    retour: false,
  });
  expect(national).toEqual({ soort: "landelijk" });
  expect(notAReturnMessage(national, "landelijk.xlsx")).toContain(
    "landelijk.xlsx is een landelijke werkmap van Regiomonitor",
  );
  expect(
    recogniseWorkbook({
      bladen: ["Vergelijking"],
      retourBladen: [],
      a1: a1({ Vergelijking: "Regiomonitor · Vergelijking — vorige meting" }),
      retour: false,
    }),
  ).toEqual({ soort: "vergelijking" });
  const copy = recogniseWorkbook({
    bladen: [
      "Regio",
      "Mijlpalen",
      "Vragenlijst",
      "Keuzelijsten",
      "_regiomonitor",
      "Samenvatting",
      "Notities",
    ],
    retourBladen: ["Regio", "Mijlpalen", "Vragenlijst"],
    a1: a1({ Samenvatting: "Regiomonitor · Samenvatting — Gouda", Notities: "Mijn aantekeningen" }),
    retour: true,
  });
  expect(copy).toEqual({ soort: "samenvatting", bladen: ["Samenvatting"] });
  expect(summaryNote(copy)).toContain("het blad 'Samenvatting'");
  expect(
    recogniseWorkbook({
      bladen: ["Regio", "Eigen blad"],
      retourBladen: ["Regio"],
      a1: a1({ "Eigen blad": "x" }),
      retour: true,
    }),
  ).toEqual({ soort: "retour" });
  // A workbook of another program: no monitor recorded, none of a monitor's sheets or tables.
  const foreign = recogniseWorkbook({
    bladen: ["Blad1"],
    retourBladen: [],
    a1: a1({ Blad1: "x" }),
    retour: false,
  });
  expect(foreign).toEqual({ soort: "geen-retour" });
  expect(notAReturnMessage(foreign, "begroting.xlsx")).toContain(
    "begroting.xlsx is geen ingevulde werkmap van een monitor die Regiomonitor kent",
  );
});

test("a template's meetmoment without --meetmoment: the field's standaard, else the first option (as the pane)", () => {
  const def = defaultMonitor();
  expect(defaultMeetmoment(def)).toBe("Startfoto");
  /** The definition with the meetmoment field changed (or removed, for null). */
  const withField = (change: (f: Record<string, unknown>) => Record<string, unknown> | null) => {
    const copy = structuredClone(def);
    for (const t of copy.tabellen)
      if (t.vorm === "velden")
        t.velden = t.velden.flatMap((v) => {
          if (v.rol !== "meetmoment") return [v];
          const c = change({ ...v });
          return c ? [c as typeof v] : [];
        });
    return copy;
  };
  expect(defaultMeetmoment(withField((f) => ({ ...f, standaard: "Eindfoto" })))).toBe("Eindfoto");
  expect(
    defaultMeetmoment(
      withField((f) => {
        delete f.standaard;
        return f;
      }),
    ),
  ).toBe("Startfoto"); // the scale's first option, which the pane preselects
  expect(defaultMeetmoment(withField(() => null))).toBeUndefined();
});
