/**
 * The stoplight rules of the action monitors, branch by branch, on a real .xlsx written through the
 * template path and read back (actiemonitor-2013: 25 rows, one case per row).
 */
import path from "node:path";
import { toleranceLimit } from "../../src/core/cells/dates";
import { isoToSerial } from "../../src/core/cells/dates";
import type { Issue } from "../../src/core/issues";
import { shiftOf } from "../../src/core/engine/shift";
import type { CheckResult } from "../../src/core/engine/pipeline";
import { rowsTable } from "../../src/core/model";
import { tempDir } from "../helpers/files";
import { actionOf, actionsFill, DEF_2013, summaryOf, writeAndCheck, type ActionFill } from "./helpers";

const STATUSES = ["Niet gestart", "Gestart", "Conform planning", "Vertraagd", "Voltooid", "Vervallen"];
const V = "Vastgesteld";
const T = "Toelichting bij de vertraging.";

const CASES: Record<string, ActionFill & { expect: string; regel: string }> = {
  // 1–6: criteria 'Nader te bepalen' is Grijs whatever the status (every status, with dates that would be Groen).
  ...Object.fromEntries(
    STATUSES.map((status, i) => [
      String(i + 1),
      {
        kwaliteitseisen: "Nader te bepalen",
        status,
        opleverdatum: "Medio 2014",
        nulmeting: "Medio 2014",
        toelichting: T,
        expect: "grijs",
        regel: "kwaliteitseisen",
      },
    ]),
  ),
  "7": {
    kwaliteitseisen: "Niet van toepassing",
    status: "Voltooid",
    expect: "grijs",
    regel: "kwaliteitseisen",
  },
  "8": {
    status: "Voltooid",
    opleverdatum: "2014",
    nulmeting: "2014",
    expect: "grijs",
    regel: "kwaliteitseisen",
  },
  "9": {
    kwaliteitseisen: V,
    status: "Voltooid",
    opleverdatum: "Eind 2013",
    nulmeting: "Medio 2013",
    expect: "groen",
    regel: "status_groen",
  },
  "10": {
    kwaliteitseisen: V,
    status: "Conform planning",
    opleverdatum: "Nog te bepalen",
    expect: "groen",
    regel: "status_groen",
  },
  // Vertraagd by exactly 6 months: Oranje; 6 months + 1 day: Rood (text and Excel dates).
  "11": {
    kwaliteitseisen: V,
    status: "Vertraagd",
    nulmeting: "1 januari 2014",
    opleverdatum: "1 juli 2014",
    toelichting: T,
    expect: "oranje",
    regel: "binnen_marge",
  },
  "12": {
    kwaliteitseisen: V,
    status: "Vertraagd",
    nulmeting: isoToSerial("2014-01-01"),
    opleverdatum: isoToSerial("2014-07-02"),
    toelichting: T,
    expect: "rood",
    regel: "buiten_marge",
  },
  "13": {
    kwaliteitseisen: V,
    status: "Vertraagd",
    nulmeting: "Juni 2013",
    opleverdatum: "Nog te bepalen",
    toelichting: T,
    expect: "rood",
    regel: "zonder_einddatum",
  },
  "14": {
    kwaliteitseisen: V,
    status: "Vertraagd",
    nulmeting: "Juni 2013",
    toelichting: T,
    expect: "rood",
    regel: "zonder_einddatum",
  },
  "15": {
    kwaliteitseisen: V,
    status: "Vertraagd",
    nulmeting: "Juni 2013",
    opleverdatum: "December 2013",
    toelichting: T,
    expect: "oranje",
    regel: "binnen_marge",
  },
  "16": {
    kwaliteitseisen: V,
    status: "Gestart",
    nulmeting: "Medio 2014",
    opleverdatum: "Medio 2014",
    expect: "groen",
    regel: "op_schema",
  },
  "17": {
    kwaliteitseisen: V,
    status: "Gestart",
    nulmeting: "Begin 2014",
    opleverdatum: "Medio 2014",
    expect: "oranje",
    regel: "binnen_marge",
  },
  "18": {
    kwaliteitseisen: V,
    status: "Niet gestart",
    nulmeting: "Juni 2013",
    opleverdatum: "Januari 2014",
    expect: "rood",
    regel: "buiten_marge",
  },
  "19": {
    kwaliteitseisen: V,
    status: "Gestart",
    opleverdatum: "Juni 2013",
    expect: "grijs",
    regel: "nulmeting_onbekend",
  },
  "20": { kwaliteitseisen: V, status: "Vervallen", expect: "grijs", regel: "niet_beoordeeld" },
  "21": {
    kwaliteitseisen: V,
    opleverdatum: "2014",
    nulmeting: "2014",
    expect: "grijs",
    regel: "status_onbekend",
  },
  "22": {
    kwaliteitseisen: V,
    status: "Bijna klaar",
    opleverdatum: "2014",
    nulmeting: "2014",
    expect: "grijs",
    regel: "status_onbekend",
  },
  "23": {
    kwaliteitseisen: V,
    status: "Gestart",
    opleverdatum: "ooit",
    nulmeting: "2014",
    expect: "grijs",
    regel: "datum_ongeldig",
  },
  "24": {
    kwaliteitseisen: V,
    status: "Vertraagd",
    nulmeting: "Begin 2014",
    opleverdatum: "Medio 2014",
    expect: "oranje",
    regel: "binnen_marge",
  },
  "25": {
    kwaliteitseisen: V,
    status: "Vertraagd",
    nulmeting: "Eind 2014",
    opleverdatum: "Medio 2014",
    verschuiving: "later",
    toelichting: T,
    expect: "oranje",
    regel: "binnen_marge",
  },
};

const ACTIES = rowsTable(DEF_2013, "acties")!;
let res: CheckResult;
let issues: Issue[];

beforeAll(async () => {
  const fills = Object.fromEntries(
    Object.entries(CASES).map(([nr, c]) => {
      const { expect: _e, regel: _r, ...fill } = c;
      void _e;
      void _r;
      return [nr, fill];
    }),
  );
  res = await writeAndCheck(DEF_2013, actionsFill(fills), path.join(tempDir("acties-"), "takken.xlsx"));
  expect(res.score).not.toBeNull();
  issues = res.result.issues;
});

const judged = (nr: string) => actionOf(res, nr).oordeel;
const shift = (r: CheckResult, nr: string) => shiftOf(ACTIES, actionOf(r, nr).row);
const issuesAt = (nr: string) => {
  const row = actionOf(res, nr).row.bron!.rij;
  return issues.filter((i) => i.rij === row).map((i) => i.code);
};

test.each(Object.entries(CASES).map(([nr, c]) => [nr, c.expect, c.regel, c] as const))(
  "actie %s is %s (regel %s)",
  (nr, _rag, _regel, c) => {
    const j = judged(nr);
    expect([j.rag, j.regel]).toEqual([c.expect, c.regel]);
    // Every explanation is one Dutch line that starts with the colour.
    expect(j.uitleg).toMatch(new RegExp(`^${DEF_2013.rag.labels[j.rag]}: `));
    expect(j.uitleg).not.toContain("\n");
  },
);

test("'Nader te bepalen' is Grijs for every status, and the explanation names the criteria and the status", () => {
  for (let i = 1; i <= 6; i++) {
    const j = judged(String(i));
    expect(actionOf(res, String(i)).row.cellen.status.tekst).toBe(STATUSES[i - 1]);
    expect(j.rag).toBe("grijs");
    expect(j.uitleg).toContain("'Nader te bepalen'");
    expect(j.uitleg).toContain(`status '${STATUSES[i - 1]}'`);
  }
});

test("explanations name the values and the limit", () => {
  expect(judged("11").uitleg).toBe(
    "Oranje: status 'Vertraagd'; opleverdatum '1 juli 2014' (01-07-2014) t.o.v. nulmeting '1 januari 2014' (01-01-2014): hoogstens 6 maanden later (grens 01-07-2014). Regel van Regiomonitor.",
  );
  expect(judged("12").uitleg).toBe(
    "Rood: status 'Vertraagd'; opleverdatum 02-07-2014 t.o.v. nulmeting 01-01-2014: meer dan 6 maanden later (grens 01-07-2014). Regel van Regiomonitor.",
  );
  expect(judged("13").uitleg).toBe(
    "Rood: status 'Vertraagd' zonder einddatum (opleverdatum 'Nog te bepalen'). Regel van Regiomonitor.",
  );
  expect(judged("14").uitleg).toBe(
    "Rood: status 'Vertraagd' zonder einddatum (opleverdatum leeg). Regel van Regiomonitor.",
  );
});

test("the tolerance keeps the end of a month: juni + 6 maanden = 31-12", () => {
  expect(toleranceLimit("2013-06-30", 6)).toBe("2013-12-31");
  expect(toleranceLimit("2014-01-01", 6)).toBe("2014-07-01");
  expect(toleranceLimit("2019-02-28", 6)).toBe("2019-08-31");
});

test("validation issues with stable codes on the right rows", () => {
  expect(issuesAt("8")).toEqual(["verplicht_leeg"]); // kwaliteitseisen empty
  expect(issuesAt("14")).toEqual(["opleverdatum_leeg"]);
  expect(issuesAt("19")).toEqual(["nulmeting_leeg"]);
  expect(issuesAt("21")).toEqual(["verplicht_leeg"]); // status empty
  expect(issuesAt("22")).toEqual(["ongeldig_antwoord"]);
  expect(issuesAt("23")).toEqual(["ongeldige_datum"]);
  expect(issuesAt("24")).toEqual(["verplicht_bij"]); // Toelichting required with status Vertraagd
  expect(issuesAt("25")).toEqual(["verschuiving_wijkt_af"]);
  for (const nr of ["9", "10", "11", "12", "13", "15", "16", "17", "18", "20"])
    expect(issuesAt(nr)).toEqual([]);
  const bad = issues.find((i) => i.code === "ongeldige_datum")!;
  expect(bad).toMatchObject({ severity: "fout", blad: "Acties", kolom: "Opleverdatum", cel: "D24" });
  expect(bad.bericht).toContain("'Nog te bepalen' of 'Nader te bepalen'");
  const toelichting = issues.find((i) => i.code === "verplicht_bij")!;
  expect(toelichting).toMatchObject({ severity: "fout", blad: "Acties", kolom: "Toelichting", rij: 25 });
  expect(toelichting.bericht).toContain("vul 'Toelichting' in");
});

test("the shift against the nulmeting comes from the dates; a stated category only where they do not compare", () => {
  expect(shift(res, "9")).toEqual({ categorie: "later", bron: "datums" });
  expect(shift(res, "16")).toEqual({ categorie: "gelijk", bron: "datums" });
  expect(shift(res, "25")).toEqual({ categorie: "eerder", bron: "datums" });
  expect(shift(res, "13")).toEqual({ categorie: "zonder einddatum", bron: "datums" });
  expect(shift(res, "19")).toEqual({ categorie: null, bron: "onbekend" });
});

test("a stated 'eerder of gelijk' without a nulmeting date judges as not later; it agrees with earlier or equal dates", async () => {
  const fills: Record<string, ActionFill> = {
    "1": {
      kwaliteitseisen: V,
      status: "Gestart",
      opleverdatum: "Medio 2014",
      verschuiving: "eerder of gelijk",
    },
    "2": {
      kwaliteitseisen: V,
      status: "Vertraagd",
      opleverdatum: "Medio 2014",
      verschuiving: "eerder of gelijk",
      toelichting: T,
    },
    "3": { kwaliteitseisen: V, status: "Gestart", opleverdatum: "Medio 2014", verschuiving: "later" },
    "4": {
      kwaliteitseisen: V,
      status: "Gestart",
      opleverdatum: "Begin 2014",
      nulmeting: "Medio 2014",
      verschuiving: "eerder of gelijk",
    },
  };
  const file = path.join(tempDir("acties-eog-"), "eog.xlsx");
  const r = await writeAndCheck(DEF_2013, actionsFill(fills), file);
  const j = (nr: string) => actionOf(r, nr).oordeel;
  expect(j("1")).toMatchObject({ rag: "groen", regel: "op_schema" });
  expect(j("1").uitleg).toContain("opgegeven verschuiving 'eerder of gelijk': niet later dan de nulmeting");
  expect(shift(r, "1")).toEqual({ categorie: "eerder of gelijk", bron: "opgegeven" });
  expect(j("2")).toMatchObject({ rag: "oranje", regel: "binnen_marge" });
  expect(j("3")).toMatchObject({ rag: "grijs", regel: "nulmeting_onbekend" });
  expect(shift(r, "4")).toEqual({ categorie: "eerder", bron: "datums" });
  const codesAt = (nr: string) => r.result.issues.filter((i) => i.rij === Number(nr) + 1).map((i) => i.code);
  expect(codesAt("4")).toEqual([]);
  expect(summaryOf(DEF_2013, file, r).verschuiving.map((s) => s.categorie)).toEqual([
    "eerder",
    "eerder of gelijk",
    "later",
    "zonder einddatum",
  ]);
});
