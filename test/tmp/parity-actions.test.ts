import { readFileSync } from "node:fs";
import path from "node:path";
import { readReturn } from "../../src/core/engine/read";
import { scoreReturn } from "../../src/core/engine/score";
import { shiftOf } from "../../src/core/engine/shift";
import { findMonitor, rowsTable } from "../../src/core/model";
import { findActionDefinition } from "../legacy/core/definition";
import {
  buildActionTemplate,
  checkActionWorkbook,
  ghnt2018Fills,
  taskforce2013Fills,
  type ActionFill,
} from "../legacy/core/actions";
import { inputFromModel } from "../legacy/inputs";

const csv = readFileSync(path.join(__dirname, "../../data/taskforce-acties-2013.csv"), "utf8");
const STATUSES = ["Niet gestart", "Gestart", "Conform planning", "Vertraagd", "Voltooid", "Vervallen"];
const odd: Record<string, ActionFill> = {
  ...Object.fromEntries(
    STATUSES.map((s, i) => [
      String(i + 1),
      {
        kwaliteitseisen: "Vastgesteld",
        status: s,
        opleverdatum: "Medio 2014",
        nulmeting: "begin 2014",
        toelichting: "t",
      },
    ]),
  ),
  "7": {
    kwaliteitseisen: "Vastgesteld",
    status: "Vertraagd",
    opleverdatum: "Nog te bepalen",
    toelichting: "t",
  },
  "8": { kwaliteitseisen: "Vastgesteld", status: "Gestart", opleverdatum: "xx", nulmeting: "2014" },
  "9": { kwaliteitseisen: "Vastgesteld", status: "Gestart", opleverdatum: "2014", nulmeting: "juni 2013" },
  "10": {
    kwaliteitseisen: "Vastgesteld",
    status: "Gestart",
    opleverdatum: "december 2013",
    nulmeting: "juni 2013",
  },
  "11": { kwaliteitseisen: "Vastgesteld", status: "Half", opleverdatum: "2014" },
  "12": { kwaliteitseisen: "Misschien", status: "Gestart" },
  "13": { kwaliteitseisen: "Vastgesteld", status: "Gestart", opleverdatum: "2014", verschuiving: "later" },
  "14": {
    kwaliteitseisen: "Vastgesteld",
    status: "Gestart",
    opleverdatum: "2014",
    nulmeting: "2013",
    verschuiving: "eerder",
  },
  "15": { kwaliteitseisen: "Vastgesteld", status: "Gestart" },
};
const cases: [string, string, Record<string, ActionFill>][] = [
  ["2013 example", "actiemonitor-2013", taskforce2013Fills(findActionDefinition("actiemonitor-2013")!, csv)],
  ["2018 example", "ghnt-2018", ghnt2018Fills(findActionDefinition("ghnt-2018")!)],
  ["2013 odd", "actiemonitor-2013", odd],
];
test.each(cases)("%s", (_n, id, fills) => {
  const oldDef = findActionDefinition(id)!;
  const input = inputFromModel(buildActionTemplate(oldDef, fills), "a.xlsx");
  const o = checkActionWorkbook(input, [oldDef]);
  const M = findMonitor(id)!;
  const n = readReturn(M, input);
  if (!n.ok || !o.result.ok) throw new Error("unreadable");
  const sn = scoreReturn(M, n.ret, n.issues);
  const oj = o.report!.acties.map((j) => [j.actie.sleutel, j.oordeel.rag, j.oordeel.regel]);
  expect(sn.oordelen.acties.map((j) => [j.sleutel, j.rag, j.regel])).toEqual(oj);
  const t = rowsTable(M, "acties")!;
  expect(n.ret.tabellen.acties.map((r) => shiftOf(t, r))).toEqual(
    o.report!.acties.map((j) => j.verschuiving),
  );
  expect(n.issues.map((i) => `${i.cel} ${i.severity} ${i.code}`).sort()).toEqual(
    o.result.issues.map((i) => `${i.cel} ${i.severity} ${i.code}`).sort(),
  );
  const diffs = sn.oordelen.acties
    .map((j, i) => [j.uitleg, o.report!.acties[i].oordeel.uitleg])
    .filter(([a, b]) => a !== b);
  if (diffs.length) console.log(diffs.slice(0, 8));
});
