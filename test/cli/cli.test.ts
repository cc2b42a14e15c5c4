/**
 * The installed command line (bin/regiomonitor.js → lib/) as a new user meets it: help for every command,
 * the version, did-you-mean, short errors with a hint, Dutch messages for missing files and folders, the
 * same template defaults as the pane, and `check` on the workbooks the tool itself writes.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { commandTable } from "../../src/cli/commands";
import { ROOT, runCli, runPython, sha256, tempDir } from "../helpers/files";

let dir: string;
beforeAll(() => {
  dir = tempDir("regiomonitor-cli-");
});
const p = (...parts: string[]) => path.join(dir, ...parts);

/** A usage error: exit 2, "Fout: …" and one hint line; never the whole usage, a code or a stack trace. */
function expectShortError(r: { code: number; stdout: string; stderr: string }, hint: string): string[] {
  expect(r.code).toBe(2);
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines[0]).toMatch(/^Fout: /);
  expect(lines.slice(1)).toEqual([hint]);
  expect(r.stderr).not.toMatch(/Gebruik:|ENOENT|\n\s+at /);
  return lines;
}

describe("help", () => {
  const names = commandTable().map((c) => c.naam);

  test("the table has every command", () => {
    expect(names).toEqual(
      expect.arrayContaining(["template", "check", "aggregate", "compare", "demo", "definitie"]),
    );
  });

  test.each(commandTable().map((c) => [c.naam, c] as const))(
    "regiomonitor %s --help shows the usage, every option with its text and an example (exit 0)",
    (name, spec) => {
      const r = runCli([name, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toContain(`regiomonitor ${name} — ${spec.samenvatting}`);
      expect(r.stdout).toContain("Opties:");
      for (const [opt, o] of Object.entries(spec.opties)) {
        const flag = opt.length === 1 ? `-${opt}` : `--${opt}`;
        expect(r.stdout).toContain(`${flag}${o.type === "string" ? ` ${o.waarde}` : ""}`);
        expect(r.stdout).toContain(o.beschrijving);
      }
      expect(r.stdout).toMatch(new RegExp(`Voorbeeld(en)?:\\n  regiomonitor ${name} `));
      // -h and `regiomonitor help NAME` give the same text.
      expect(runCli([name, "-h"]).stdout).toBe(r.stdout);
      expect(runCli(["help", name]).stdout).toBe(r.stdout);
    },
  );

  test("check --help: its own options, in Dutch", () => {
    const r = runCli(["check", "Regiomonitor-Utrecht.xlsx", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /--out KOPIE\.xlsx\s+Schrijf een kopie van de werkmap met het blad Samenvatting erbij\./,
    );
    expect(r.stdout).toContain("  regiomonitor check Regiomonitor-Utrecht.xlsx");
  });

  test("regiomonitor --help lists the commands; without a command the same text, exit 2", () => {
    const r = runCli(["--help"]);
    expect(r.code).toBe(0);
    for (const n of names) expect(r.stdout).toMatch(new RegExp(`\\n  ${n} +\\S`));
    expect(r.stdout).toContain("Typ 'regiomonitor OPDRACHT --help' voor de opties en een voorbeeld.");
    const none = runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe(r.stdout);
  });
});

test("--version prints the version of package.json", () => {
  const version = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version as string;
  expect(version).toMatch(/^\d+\.\d+\.\d+/);
  for (const arg of ["--version", "-v"]) {
    const r = runCli([arg]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  }
  expect(runCli(["--help"]).stdout).toContain(`regiomonitor ${version} — `);
});

describe("did you mean", () => {
  test("a command", () => {
    const lines = expectShortError(
      runCli(["chek", "a.xlsx"]),
      "Typ 'regiomonitor --help' voor de opdrachten.",
    );
    expect(lines[0]).toBe("Fout: Onbekende opdracht 'chek'. Bedoelt u 'check'?");
    expect(runCli(["agregate"]).stderr).toContain("Bedoelt u 'aggregate'?");
    expect(runCli(["verzamel"]).stderr).toBe(
      "Fout: Onbekende opdracht 'verzamel'.\nTyp 'regiomonitor --help' voor de opdrachten.\n",
    );
  });

  test("an option", () => {
    const r = runCli(["template", "--regoi", "Utrecht", "-o", p("x.xlsx")]);
    const lines = expectShortError(r, "Typ 'regiomonitor template --help' voor de opties.");
    expect(lines[0]).toBe("Fout: Onbekende optie --regoi. Bedoelt u --regio?");
    expect(runCli(["check", "a.xlsx", "--jsn"]).stderr).toContain("Bedoelt u --json?");
  });

  test("a region: one suggestion for a likely typo, else the list of 37", () => {
    const r = runCli(["template", "--regio", "Utrect", "-o", p("x.xlsx")]);
    const lines = expectShortError(r, "Typ 'regiomonitor template --help' voor de opties.");
    expect(lines[0]).toBe("Fout: Regio 'Utrect' is onbekend. Bedoelt u Utrecht?");
    expect(r.stderr).not.toContain("Amsterdam");
    // No likely name: every valid name, in the order of the definition (37, from Alkmaar to Zwolle Noord-Veluwe).
    const none = runCli(["template", "--regio", "Atlantis", "-o", p("x.xlsx")]);
    const first = none.stderr.split("\n")[0];
    expect(first).toMatch(
      /^Fout: Regio 'Atlantis' is onbekend\. Kies een van deze 37 regio's: Alkmaar, Almere, .*, Zwolle Noord-Veluwe\.$/,
    );
    expect(first.split(", ")).toHaveLength(37);
    expect(none.code).toBe(2);
    // The help says how to see them.
    expect(runCli(["template", "--help"]).stdout).toContain(
      "bijvoorbeeld --regio ?, geeft de lijst van alle namen",
    );
  });

  test.each([
    [
      ["template", "--regio", "Gouda", "-o", "uit.csv"],
      "-o uit.csv: hier komt een Excel-werkmap, dus de naam moet eindigen op .xlsx",
    ],
    [["aggregate", "regios", "-o", "landelijk.csv"], "-o landelijk.csv: hier komt een Excel-werkmap"],
    [
      ["aggregate", "regios", "-o", "landelijk.xlsx", "--json", "landelijk.txt"],
      "--json landelijk.txt: hier komt een JSON-bestand, dus de naam moet eindigen op .json",
    ],
    [["compare", "a.json", "b.json", "-o", "v.ods"], "-o v.ods: hier komt een Excel-werkmap"],
    [["check", "a.xlsx", "--out", "kopie.xls"], "--out kopie.xls: hier komt een Excel-werkmap"],
    [["definitie", "export", "rak-2008-2010", "-o", "def.txt"], "-o def.txt: hier komt een JSON-bestand"],
  ])("%j: the output's extension is checked, a Dutch usage error, nothing written", (args, message) => {
    const r = runCli(
      args.map((a) => (/\.(csv|txt|ods|xls|xlsx|json)$/.test(a) || a === "regios" ? p(a) : a)),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      message.replace(/^(-o|--json|--out) (\S+):/, (_m, o: string, f: string) => `${o} ${p(f)}:`),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    for (const f of ["uit.csv", "landelijk.csv", "landelijk.txt", "v.ods", "kopie.xls", "def.txt"])
      expect(existsSync(p(f))).toBe(false);
  });

  test("a meetmoment and a definition id", () => {
    expect(
      runCli(["template", "--regio", "Gouda", "--meetmoment", "Eindfot", "-o", p("x.xlsx")]).stderr,
    ).toContain("Fout: --meetmoment 'Eindfot' is onbekend. Bedoelt u Eindfoto?");
    expect(runCli(["template", "--definitie-id", "ghnt2018", "-o", p("x.xlsx")]).stderr).toContain(
      "Fout: Definitie 'ghnt2018' is niet ingebouwd. Bedoelt u 'ghnt-2018'?",
    );
    expect(runCli(["definitie", "export", "rak-2008"]).stderr).toContain("Bedoelt u 'rak-2008-2010'?");
    expect(runCli(["definitie", "exprt", "rak-2008-2010"]).stderr).toContain("Bedoelt u 'export'?");
  });
});

test("a missing option value and a missing argument: short errors with the hint", () => {
  const a = expectShortError(
    runCli(["template", "--regio"]),
    "Typ 'regiomonitor template --help' voor de opties.",
  );
  expect(a[0]).toBe("Fout: Optie --regio verwacht een waarde (NAAM).");
  const b = expectShortError(runCli(["check"]), "Typ 'regiomonitor check --help' voor de opties.");
  expect(b[0]).toBe("Fout: Geef BESTAND.xlsx op.");
  const c = expectShortError(
    runCli(["template", "--regio", "Gouda"]),
    "Typ 'regiomonitor template --help' voor de opties.",
  );
  expect(c[0]).toBe("Fout: Optie -o is verplicht.");
});

describe("missing and unusable files, in Dutch with the path (exit 2)", () => {
  test("a missing file", () => {
    const file = p("bestaat-niet.xlsx");
    const r = runCli(["check", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`Fout: Het bestand '${file}' bestaat niet. Controleer de naam en de map.\n`);
    expect(r.stdout).toBe("");
  });

  test("a missing folder", () => {
    const file = p("geen-map", "ook-niet", "werkmap.xlsx");
    const r = runCli(["check", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `Fout: De map '${p("geen-map")}' bestaat niet. Controleer het pad van de werkmap '${file}'.\n`,
    );
  });

  test("a folder where a file is expected, and a missing definition file", () => {
    mkdirSync(p("een-map"), { recursive: true });
    const r = runCli(["check", p("een-map")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`'${p("een-map")}' is een map, geen werkmap.`);
    const d = runCli(["template", "--definitie", p("mijn.json"), "-o", p("x.xlsx")]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain(`Het bestand '${p("mijn.json")}' bestaat niet.`);
  });

  test("aggregate with a missing folder", () => {
    const r = runCli(["aggregate", p("ingeleverd"), "-o", p("landelijk.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `Let op: Het bestand of de map '${p("ingeleverd")}' bestaat niet en is overgeslagen.`,
    );
    expect(r.stderr).not.toMatch(/ENOENT|\n\s+at /);
  });

  test("an output path under a file (not a folder): Dutch, the path named", () => {
    writeFileSync(p("gewoon-bestand"), "x");
    const target = p("gewoon-bestand", "werkmap.xlsx");
    const r = runCli(["template", "--regio", "Gouda", "-o", target]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^Fout: Kan '.*gewoon-bestand.*' niet schrijven: een deel van het pad is een bestand, geen map\./,
    );
    expect(r.stderr).not.toMatch(/ENOTDIR|EEXIST|\n\s+at /);
  });
});

const OPENPYXL_FIELDS = `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Regio"]
print(json.dumps({r[0].value: r[1].value for r in ws.iter_rows(min_row=2, max_col=2) if r[0].value}, default=str))
`;

test("a template made on the command line has Meetmoment Startfoto, like the pane (read back with openpyxl)", () => {
  const file = p("gouda.xlsx");
  const r = runCli(["template", "--regio", "Gouda", "-o", file]);
  expect(r.code).toBe(0);
  const py = runPython(OPENPYXL_FIELDS, [file]);
  expect(py.code).toBe(0);
  const fields = JSON.parse(py.stdout);
  expect(fields).toMatchObject({ Regio: "Gouda", Meetmoment: "Startfoto" });
  expect(fields.Peildatum ?? null).toBeNull(); // the pane leaves it empty too
  const eind = p("gouda-eind.xlsx");
  expect(runCli(["template", "--regio", "Gouda", "--meetmoment", "eindfoto", "-o", eind]).code).toBe(0);
  expect(JSON.parse(runPython(OPENPYXL_FIELDS, [eind]).stdout).Meetmoment).toBe("Eindfoto");
});

describe("check recognises the workbooks the tool writes", () => {
  let national: string;
  beforeAll(() => {
    // Two regions' workbooks made by the command line, aggregated into a national workbook.
    const regios = p("regios");
    for (const regio of ["Gouda", "Delft"])
      expect(runCli(["template", "--regio", regio, "-o", path.join(regios, `${regio}.xlsx`)]).code).toBe(0);
    national = p("landelijk.xlsx");
    expect(runCli(["aggregate", regios, "-o", national, "--json", p("landelijk.json")]).code).toBe(1);
  });

  test("a national workbook: says what it is and what to do (exit 2), and is not changed", () => {
    const before = sha256(national);
    const r = runCli(["check", national]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("landelijk.xlsx is een landelijke werkmap van Regiomonitor");
    expect(r.stderr).toContain("Gebruik 'regiomonitor compare'");
    expect(r.stderr).not.toMatch(/ontbreekt|blad_ontbreekt/);
    const j = runCli(["check", national, "--json"]);
    expect(JSON.parse(j.stdout)).toMatchObject({ bestand: "landelijk.xlsx", soort: "landelijk" });
    expect(sha256(national)).toBe(before);
  });

  test("a comparison workbook", () => {
    const cmp = p("vergelijking.xlsx");
    expect(runCli(["compare", p("landelijk.json"), national, "-o", cmp]).code).toBe(0);
    const r = runCli(["check", cmp]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("vergelijking.xlsx is een vergelijking van twee metingen");
  });

  test("a copy made by check --out: checked as a return, the summary sheet named as not checked", () => {
    const copy = p("gouda-met-samenvatting.xlsx");
    const first = runCli(["check", p("regios", "Gouda.xlsx"), "--out", copy]);
    expect(first.stdout).not.toContain("kopie met");
    const r = runCli(["check", copy]);
    expect(r.code).toBe(1); // the empty workbook has errors: it is checked as a return
    expect(r.stdout).toContain(
      "Deze werkmap is een kopie met het blad 'Samenvatting' van Regiomonitor. Die is niet gecontroleerd; de werkmap is gecontroleerd als gewone werkmap.",
    );
    expect(r.stdout).toContain("Regio: Gouda · Startfoto");
    expect(r.stdout).toMatch(/Meldingen: \d+ fouten/);
  });
});

test("aggregate skips a national workbook among its inputs and says what it is", () => {
  const regios = p("map-met-landelijk");
  expect(runCli(["template", "--regio", "Ede", "-o", path.join(regios, "Ede.xlsx")]).code).toBe(0);
  expect(runCli(["aggregate", regios, "-o", path.join(regios, "landelijk.xlsx")]).code).toBe(1);
  // Run again: the national workbook written the first time is now in the folder.
  const r = runCli(["aggregate", regios, "-o", p("landelijk-2.xlsx")]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(
    "Overgeslagen: landelijk.xlsx — landelijk.xlsx is een landelijke werkmap van Regiomonitor, geen ingevulde werkmap: hij telt niet mee.",
  );
});

describe("files that may not be read or written (as a user without rights)", () => {
  /** Runs the CLI as a user the file system refuses: as root through setpriv as 'nobody', else as is. */
  function runAsUser(args: string[]) {
    const asRoot = process.getuid?.() === 0;
    const cmd = asRoot ? "/usr/bin/setpriv" : process.execPath;
    const pre = asRoot ? ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath] : [];
    const r = spawnSync(cmd, [...pre, path.join(ROOT, "bin", "regiomonitor.js"), ...args], {
      encoding: "utf8",
      cwd: ROOT,
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }
  let open: string;
  beforeAll(() => {
    open = p("open-map");
    mkdirSync(open, { recursive: true });
    chmodSync(dir, 0o755);
    chmodSync(open, 0o755);
  });

  test("a workbook without read rights", () => {
    const file = path.join(open, "geheim.xlsx");
    writeFileSync(file, "x");
    chmodSync(file, 0o000);
    const r = runAsUser(["check", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `Fout: Geen toegang tot '${file}': u mag dit bestand of deze map niet lezen. Kies een andere plek of vraag de beheerder om rechten.\n`,
    );
  });

  test("a folder without write rights", () => {
    const locked = path.join(open, "alleen-lezen");
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const target = path.join(locked, "gouda.xlsx");
    const r = runAsUser(["template", "--regio", "Gouda", "-o", target]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `Fout: Geen toegang tot '${target}': u mag dit bestand of deze map niet schrijven. Kies een andere plek of vraag de beheerder om rechten.\n`,
    );
  });
});
