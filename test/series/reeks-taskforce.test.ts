/**
 * `regiomonitor reeks` end to end over three Taskforce rounds (nulmeting november 2012, voorjaar 2013, najaar
 * 2013; explicit statuses per action, see rounds.ts): each round written as a real workbook, aggregated by
 * the installed command line, the series made from a mix of national JSON and national workbooks given out
 * of order, and the series workbook read back by python3-openpyxl. Expected counts are a hand count of the
 * status strings below.
 */
import { readFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { runCli, runPython, sha256, tempDir } from "../helpers/files";
import { STATUS_OF, TASKFORCE, writeTaskforceRound, type TaskforceRound } from "./rounds";

// N Niet gestart · G Gestart · C Conform planning · V Vertraagd · K Voltooid · X Vervallen; action 1 first.
const ROUNDS: TaskforceRound[] = [
  { meetmoment: "Nulmeting november 2012", peildatum: "2012-11-30", statussen: "NNNNNNNNNNGGGGGGGGGGNNNNN" },
  { meetmoment: "Voorjaar 2013", peildatum: "2013-05-31", statussen: "GGGGGNNNNNCCCCCVVVVVGGGXX" },
  { meetmoment: "Najaar 2013", peildatum: "2013-11-30", statussen: "KKKCCGGGGGKKKKKVVKKKCCVXX" },
];

/** Counted by hand from the strings above (Vervallen Grijs, Vertraagd Oranje, the rest Groen). */
const HAND: { status: Record<string, number>; kleuren: Record<string, number>; voltooid: number }[] = [
  {
    status: { "Niet gestart": 15, Gestart: 10 },
    kleuren: { groen: 25, oranje: 0, rood: 0, grijs: 0 },
    voltooid: 0,
  },
  {
    status: { "Niet gestart": 5, Gestart: 8, "Conform planning": 5, Vertraagd: 5, Vervallen: 2 },
    kleuren: { groen: 18, oranje: 5, rood: 0, grijs: 2 },
    voltooid: 0,
  },
  {
    status: { Gestart: 5, "Conform planning": 4, Vertraagd: 3, Voltooid: 11, Vervallen: 2 },
    kleuren: { groen: 20, oranje: 3, rood: 0, grijs: 2 },
    voltooid: 11,
  },
];

let dir: string;
const p = (name: string) => path.join(dir, name);
let run: ReturnType<typeof runCli>;
let hashes: Record<string, string>;

beforeAll(async () => {
  dir = tempDir("regiomonitor-reeks-");
  const names = ["nulmeting", "voorjaar", "najaar"];
  for (const [i, r] of ROUNDS.entries()) {
    mkdirSync(p(names[i]));
    await writeTaskforceRound(p(names[i]), TASKFORCE, r);
    const agg = runCli([
      "aggregate",
      p(names[i]),
      "--definitie-id",
      "taskforce-2013-format",
      "-o",
      p(`${names[i]}.xlsx`),
      "--json",
      p(`${names[i]}.json`),
    ]);
    if (agg.code === 2) throw new Error(agg.stderr);
  }
  hashes = { a: sha256(p("najaar.xlsx")), b: sha256(p("nulmeting.json")), c: sha256(p("voorjaar.json")) };
  // Out of order, and a workbook among the JSON: the series orders by peildatum.
  run = runCli([
    "reeks",
    p("najaar.xlsx"),
    p("nulmeting.json"),
    p("voorjaar.json"),
    "-o",
    p("reeks.xlsx"),
    "--json",
    p("reeks.json"),
  ]);
}, 180_000);

const READ = String.raw`
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"bladen": wb.sheetnames}
ws = wb["Reeks"]
rows = [list(r) for r in ws.iter_rows(values_only=True)]
i = next(k for k, r in enumerate(rows) if r[0] == "Alle acties: landelijke telling per meting")
head = rows[i + 1]
out["telling"] = [dict((h, v) for h, v in zip(head, r) if h is not None) for r in rows[i + 2:i + 5]]
out["grafieken"] = []
for c in ws._charts:
    out["grafieken"].append({
        "type": c.tagname,
        "reeksen": [s.val.numRef.f for s in c.series],
        "categorieen": c.series[0].cat.strRef.f if c.series[0].cat.strRef else c.series[0].cat.numRef.f,
    })
a = wb["Reeks acties"]
arows = [list(r) for r in a.iter_rows(values_only=True)]
j = next(k for k, r in enumerate(arows) if r[0] == "Actie")
out["actiesKop"] = arows[j]
out["acties"] = [r for r in arows[j + 1:] if r[0] is not None]
print(json.dumps(out))
`;

describe("reeks over three Taskforce rounds", () => {
  let wb: {
    bladen: string[];
    telling: Record<string, string | number>[];
    grafieken: { type: string; reeksen: string[]; categorieen: string }[];
    actiesKop: string[];
    acties: (string | null)[][];
  };
  beforeAll(() => {
    const r = runPython(READ, [p("reeks.xlsx")]);
    if (r.code !== 0) throw new Error(r.stderr);
    wb = JSON.parse(r.stdout);
  });

  test("the command succeeds, orders by peildatum and never changes an input", () => {
    expect(run.stderr).toContain("Reeks geschreven");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1\. Nulmeting november 2012[\s\S]*2\. Voorjaar 2013[\s\S]*3\. Najaar 2013/);
    expect({
      a: sha256(p("najaar.xlsx")),
      b: sha256(p("nulmeting.json")),
      c: sha256(p("voorjaar.json")),
    }).toEqual(hashes);
  });

  test("openpyxl reads the national counts per round, as counted by hand", () => {
    expect(wb.bladen).toEqual(expect.arrayContaining(["Reeks", "Reeks acties"]));
    expect(wb.telling.map((r) => r.Meting)).toEqual([
      "1. Nulmeting november 2012",
      "2. Voorjaar 2013",
      "3. Najaar 2013",
    ]);
    wb.telling.forEach((row, i) => {
      const h = HAND[i];
      expect([row.Groen, row.Oranje, row.Rood, row.Grijs]).toEqual([
        h.kleuren.groen,
        h.kleuren.oranje,
        h.kleuren.rood,
        h.kleuren.grijs,
      ]);
      expect(row.Voltooid).toBe(h.voltooid);
      for (const s of Object.values(STATUS_OF)) expect([s, row[s] ?? 0]).toEqual([s, h.status[s] ?? 0]);
    });
  });

  test("the counts have trend charts over the three rounds", () => {
    const colours = wb.grafieken.find((g) => g.reeksen.length === 4)!;
    expect(colours.type).toBe("barChart");
    expect(colours.categorieen).toMatch(/^'Reeks'!\$A\$\d+:\$A\$\d+$/);
    const [, from, to] = /\$A\$(\d+):\$A\$(\d+)/.exec(colours.categorieen)!;
    expect(Number(to) - Number(from) + 1).toBe(3);
    expect(wb.grafieken.length).toBe(2);
  });

  test("per action its status in each round", () => {
    expect(wb.actiesKop.slice(2, 5)).toEqual([
      "1. Nulmeting november 2012",
      "2. Voorjaar 2013",
      "3. Najaar 2013",
    ]);
    expect(wb.acties).toHaveLength(25);
    wb.acties.forEach((row, k) => {
      expect(row[0]).toBe(String(k + 1));
      expect(row.slice(2, 5)).toEqual(ROUNDS.map((r) => STATUS_OF[r.statussen[k]]));
    });
  });

  test("the JSON has the same series", () => {
    const s = JSON.parse(readFileSync(p("reeks.json"), "utf8"));
    expect(s.woorden.actie).toEqual({ enkelvoud: "Actie", meervoud: "acties" });
    expect(s.rondes.map((r: { peildatum: string }) => r.peildatum)).toEqual([
      "30-11-2012",
      "31-05-2013",
      "30-11-2013",
    ]);
    expect(s.totaal.map((t: { kleuren: unknown }) => t.kleuren)).toEqual(HAND.map((h) => h.kleuren));
    expect(s.acties[0].perRonde.map((x: { status: string }) => x.status)).toEqual([
      "Niet gestart",
      "Gestart",
      "Voltooid",
    ]);
    expect(s.wijzigingen).toEqual([]);
  });
});
