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
  const kies =
    "Kies nr, actie, actiehouder, opleverdatum, nulmeting, kwaliteitseisen, status, verschuiving, uitstel of toelichting.";
  expect(r.fouten.map((i) => [i.code, i.bericht])).toEqual([
    [
      "definitie_vorm_ongeldig",
      "id: de waarde heeft niet de goede vorm. Schrijf kleine letters, cijfers en '-'.",
    ],
    [
      "definitie_buiten_grens",
      "tabellen[0].blad: de tekst is te lang: hoogstens 31 tekens. Maak hem korter.",
    ],
    [
      "definitie_waarde_niet_toegestaan",
      "tabellen[0].oordeel[2].rag: deze waarde kan hier niet. Kies groen, oranje, rood of grijs.",
    ],
    ["definitie_ontbreekt", "rag: de waarde ontbreekt. Vul een groep gegevens in."],
    ["definitie_kolom_bestaat_niet", `tabellen[0].sleutel: kolom 'nummer' bestaat niet. ${kies}`],
    ["definitie_kolom_bestaat_niet", `tabellen[0].hoofdkolom: kolom 'kleur' bestaat niet. ${kies}`],
  ]);
});

test("a duplicate action number is named by its row", () => {
  const d = json("actiemonitor-2013");
  d.tabellen[0].rijen[4].waarden.nr = "1";
  const r = loadMonitorJson(JSON.stringify(d));
  expect(!r.ok && r.fouten.map((i) => [i.code, i.pad, i.bericht])).toEqual([
    [
      "definitie_dubbel",
      "tabellen[0].rijen[4]",
      "tabellen[0].rijen[4]: '1' komt twee keer voor. Geef de tweede een andere naam of verwijder hem.",
    ],
  ]);
});
