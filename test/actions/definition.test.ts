/**
 * The built-in action monitors as definitions of the one model (model 2): exported JSON loads back; a broken action definition names every mistake by its path.
 */
import {
  builtInMonitors,
  findMonitor,
  loadMonitorJson,
  monitorToJson,
  parseMonitor,
  rowsTable,
} from "../../src/core/model";

const json = (id: string) => JSON.parse(monitorToJson(findMonitor(id)!));

test.each(["actiemonitor-2013", "ghnt-2018"])(
  "the built-in %s exports as model-2 JSON that loads back to the same definition",
  (id) => {
    const def = findMonitor(id)!;
    const text = monitorToJson(def);
    expect(JSON.parse(text).model).toBe(2);
    const load = loadMonitorJson(text);
    expect(load.ok && load.def).toEqual(def);
    expect(parseMonitor(JSON.parse(text))).toEqual(def);
  },
);

test("the action monitors are built in next to the regional one; one rows table of actions, no units", () => {
  expect(builtInMonitors().map((d) => d.id)).toEqual([
    "rak-2008-2010",
    "actiemonitor-2013",
    "ghnt-2018",
    "bmc-2015",
    "ghnt-2018-startfoto",
    "raak-2007",
    "taskforce-2013-format",
  ]);
  for (const [id, n] of [
    ["actiemonitor-2013", 25],
    ["ghnt-2018", 95],
  ] as const) {
    const def = findMonitor(id)!;
    expect(def.eenheden).toBeUndefined();
    const t = rowsTable(def, "acties")!;
    expect([t.blad, t.tabel, t.hoofdkolom, t.rijen.length]).toEqual(["Acties", "tblActies", "status", n]);
    expect(t.verschuiving).toMatchObject({ datum: "opleverdatum", tov: "nulmeting" });
    expect(t.oordeel![1]).toMatchObject({ regel: "kwaliteitseisen", rag: "grijs" });
  }
});

test("an old-format action definition is refused", () => {
  const d = json("actiemonitor-2013");
  delete d.model;
  const r = loadMonitorJson(JSON.stringify({ ...d, soort: "acties" }));
  expect(r.ok).toBe(false);
});

test("a broken action definition file: every mistake named by its path, in one go", () => {
  const d = json("actiemonitor-2013");
  const t = d.tabellen[0];
  d.id = "Actiemonitor 2013"; // pattern
  t.blad = "Acties van de Taskforce-monitor 2013 (landelijk)"; // > 31 characters
  t.hoofdkolom = "kleur"; // unknown column
  t.sleutel = "nummer"; // unknown column
  t.oordeel[2].rag = "blauw"; // invalid enum
  delete d.rag; // missing
  const r = loadMonitorJson(JSON.stringify(d));
  expect(r.ok).toBe(false);
  if (r.ok) return;
  const known =
    "bekend: nr, actie, actiehouder, opleverdatum, nulmeting, kwaliteitseisen, status, verschuiving, uitstel, toelichting";
  expect(r.fouten).toEqual([
    "id: ongeldig formaat: kleine letters, cijfers en '-'",
    "tabellen[0].blad: te groot (maximaal 31)",
    'tabellen[0].oordeel[2].rag: ongeldige waarde; toegestaan: "groen", "oranje", "rood", "grijs"',
    "rag: ontbreekt (verwacht: object)",
    `tabellen[0].sleutel: kolom 'nummer' bestaat niet; ${known}`,
    `tabellen[0].hoofdkolom: kolom 'kleur' bestaat niet; ${known}`,
  ]);
});

test("a duplicate action number is named by its row", () => {
  const d = json("actiemonitor-2013");
  d.tabellen[0].rijen[4].waarden.nr = "1";
  expect(loadMonitorJson(JSON.stringify(d))).toEqual({
    ok: false,
    fouten: ["tabellen[0].rijen[4]: '1' komt twee keer voor"],
  });
});
