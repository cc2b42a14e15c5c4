/**
 * A definition workbook (its sheets as grids) → a checked monitor, or every mistake at once, each naming
 * its sheet, row and column. The sheets are described in docs/definitions.md ("Definitions in Excel").
 */
import type { Grid } from "../../grid";
import { MAX_TABLE_ROWS } from "../../limits";
import { loadMonitorValue, type MonitorLoad } from "..";
import type { MonitorInput, Row } from "../schema";
import * as D from "./defaults";
import { GUIDE_SHEET } from "./guide";
import {
  SETTINGS,
  SHEETS,
  columnKeys,
  getPath,
  setPath,
  settingOf,
  sheetTitle,
  type SheetName,
} from "./layout";
import { Origins } from "./origins";
import { headerOn, keyOn, plural, readSheet, resolveConditions, type Item, type Obj } from "./read-sheet";
import { makeIssue, moveIssue, type Issue } from "../../issues";
import { Problems, cellText, headerKey, recordsOf, type RecordSheet, type Spot } from "./sheets";

export function definitionFromSheets(sheets: Grid[], bestand: string): MonitorLoad {
  const problems = new Problems(bestand);
  const origins = new Origins();
  const byName = new Map<string, RecordSheet>();
  for (const g of sheets) {
    // A sheet whose name starts with `_` (notes, lists of the export) is not read; nor is the Toelichting.
    if (g.sheet.trim().startsWith("_") || headerKey(g.sheet) === headerKey(GUIDE_SHEET)) continue;
    const key = headerKey(g.sheet);
    if (!(key in SHEETS)) {
      problems.add({ sheet: g.sheet }, "definitie_blad_onbekend", {
        bladen: Object.values(SHEETS).map(sheetTitle),
      });
      continue;
    }
    if (g.values.length > MAX_TABLE_ROWS) {
      // The reader stops one row past the limit: refuse rather than read part of the sheet.
      problems.add({ sheet: g.sheet }, "definitie_blad_te_lang", { max: MAX_TABLE_ROWS - 1 });
      continue;
    }
    const records = recordsOf(g);
    problems.know(records);
    byName.set(key, records);
  }
  if (!byName.has("instellingen"))
    return {
      ok: false,
      fouten: [makeIssue("definitie_geen_instellingen", { bestand }, {}), ...problems.list],
    };

  const read = (name: SheetName): Item[] => readSheet(byName.get(name), SHEETS[name], problems);
  const sheetName = (name: SheetName): string => byName.get(name)?.name ?? sheetTitle(SHEETS[name]);

  // A message about a whole part (no row of its own) names at least its sheet.
  for (const [part, sheet] of [
    ["eenheden", "eenheden"],
    ["schalen", "schalen"],
    ["landelijk", "landelijk"],
    ["tabellen", "tabellen"],
    ["scores", "instellingen"],
    ["rag", "instellingen"],
  ] as const)
    origins.put(part, { sheet: sheetName(sheet) });

  // instellingen
  const monitor: Obj = { model: 2 };
  const settingsSpot = new Map<string, Spot>();
  const seen = new Map<string, number>();
  for (const it of read("instellingen")) {
    const key = String(it.obj.sleutel);
    const settingsSheet = byName.get("instellingen")!;
    const [keyCol, valueCol] = SHEETS.instellingen.kolommen;
    const at = { sheet: sheetName("instellingen"), row: it.row, column: headerOn(settingsSheet, valueCol) };
    const s = settingOf(key);
    if (!s) {
      problems.add({ ...at, column: headerOn(settingsSheet, keyCol) }, "definitie_instelling_onbekend", {
        gevonden: key,
        instellingen: SETTINGS.map((x) => x.naam),
      });
      continue;
    }
    if (seen.has(s.sleutel)) {
      problems.add({ ...at, column: headerOn(settingsSheet, keyCol) }, "definitie_instelling_dubbel", {
        instelling: s.naam,
        eerdereRij: seen.get(s.sleutel)!,
      });
      continue;
    }
    seen.set(s.sleutel, it.row);
    const raw =
      settingsSheet.records.find((r) => r.row === it.row)!.cells.get(keyOn(settingsSheet, valueCol)) ?? null;
    const v = s.codec.read(raw);
    if (!v.ok) problems.place(at, v.fout);
    else if (v.value === undefined) {
      if (s.verplicht) problems.add(at, "definitie_instelling_leeg", { instelling: s.naam });
    } else {
      setPath(monitor, s.pad, v.value);
      settingsSpot.set(s.pad, at);
    }
    origins.put(s.pad, at);
  }
  for (const s of SETTINGS)
    if (s.verplicht && !seen.has(s.sleutel))
      problems.add({ sheet: sheetName("instellingen") }, "definitie_instelling_ontbreekt", {
        instelling: s.naam,
      });
  const delay = (monitor._uitloop as number | undefined) ?? D.DEFAULT_DELAY;
  delete monitor._uitloop;

  // eenheden
  const units = read("eenheden");
  const unitSet = monitor.eenheden as Obj | undefined;
  if (units.length > 0) {
    const soort = (unitSet?.soort as string | undefined) ?? "regio";
    monitor.eenheden = {
      soort,
      meervoud: (unitSet?.meervoud as string | undefined) ?? plural(soort),
      ...(unitSet?.ledenNaam !== undefined ? { ledenNaam: unitSet.ledenNaam } : {}),
      namen: units.map((u, i) => {
        origins.row(`eenheden.namen[${i}]`, sheetName("eenheden"), u.row, SHEETS.eenheden);
        return u.obj;
      }),
    };
  } else if (unitSet) {
    problems.add(
      settingsSpot.get("eenheden.soort") ?? { sheet: sheetName("instellingen") },
      "definitie_geen_eenheden",
      {},
    );
    delete monitor.eenheden;
  }
  const soort = (monitor.eenheden as { soort?: string } | undefined)?.soort;

  // schalen
  const scales: Record<string, { opties: Obj[] }> = {};
  for (const it of read("schalen")) {
    const name = String(it.obj._schaal);
    delete it.obj._schaal;
    scales[name] ??= { opties: [] };
    origins.row(
      `schalen.${name}.opties[${scales[name].opties.length}]`,
      sheetName("schalen"),
      it.row,
      SHEETS.schalen,
    );
    origins.put(`schalen.${name}`, { sheet: sheetName("schalen"), row: it.row, column: "schaal" });
    scales[name].opties.push(it.obj);
  }

  const tables = read("tabellen");
  const generic = tables.length > 0;
  const tabellen: Obj[] = [];
  const national = read("landelijk");
  const fields = read("velden");
  const fieldRows = (base: string) =>
    fields.map((f, i) => {
      origins.row(`${base}.velden[${i}]`, sheetName("velden"), f.row, SHEETS.velden);
      return f.obj;
    });

  if (generic) {
    for (const name of ["vragen", "mijlpalen"] as const)
      if ((byName.get(name)?.records.length ?? 0) > 0)
        problems.add({ sheet: sheetName(name) }, "definitie_blad_niet_samen", {});
    buildGeneric();
  } else buildSimple();

  function buildGeneric() {
    const columns = read("kolommen");
    const rows = byName.get("rijen");
    const rowItems = read("rijen");
    const checks = read("controles");
    const rules = read("oordeel");
    const ids = tables.map((t) => String(t.obj.id));
    const ofTable = (items: Item[], sheet: SheetName) =>
      items.filter((it) => {
        const id = String(it.obj._tabel);
        if (ids.includes(id)) return true;
        problems.add(
          { sheet: sheetName(sheet), row: it.row, column: "Tabel" },
          "definitie_tabel_niet_op_blad",
          {
            tabel: id,
            bekend: ids,
          },
        );
        return false;
      });
    const cols = ofTable(columns, "kolommen");
    const rws = ofTable(rowItems, "rijen");
    const chk = ofTable(checks, "controles");
    const rls = ofTable(rules, "oordeel");
    let fieldsUsed = false;
    tables.forEach((t, ti) => {
      const base = `tabellen[${ti}]`;
      const id = String(t.obj.id);
      const obj = t.obj;
      origins.row(base, sheetName("tabellen"), t.row, SHEETS.tabellen);
      const only = (pads: string[], vorm: string) => {
        for (const pad of pads)
          if (getPath(obj, pad) !== undefined) {
            const kol = SHEETS.tabellen.kolommen.find(
              (c) => c.pad === pad || pad.startsWith(`${c.pad}.`) || c.pad.startsWith(`${pad}.`),
            )!.kop;
            problems.add(
              { sheet: sheetName("tabellen"), row: t.row, column: kol },
              "definitie_kolom_bij_vorm",
              {
                vorm,
              },
            );
          }
      };
      if (obj.vorm === "velden") {
        only(
          ["rijNaam", "rijNaamMeervoud", "sleutel", "label", "hoofdkolom", "oordeelRegel", "verschuiving"],
          "rijen",
        );
        obj.velden = fieldRows(base);
        fieldsUsed = true;
      } else if (obj.vorm === "rijen") {
        only(["kolommen"], "velden");
        const mine = (items: Item[]) => items.filter((it) => it.obj._tabel === id);
        obj.kolommen = mine(cols).map((c, i) => {
          origins.row(`${base}.kolommen[${i}]`, sheetName("kolommen"), c.row, SHEETS.kolommen);
          delete c.obj._tabel;
          return c.obj;
        });
        const fixed = (obj.kolommen as Obj[]).filter((c) => c.vast === true).map((c) => String(c.id));
        obj.rijen = mine(rws).map((r, i) => {
          const rec = rows?.records.find((x) => x.row === r.row);
          const waarden: Record<string, string> = {};
          const extra: [string, string][] = [];
          for (const f of fixed) {
            waarden[f] = cellText(rec?.cells.get(headerKey(f)) ?? null);
            extra.push([`waarden.${f}`, f]);
          }
          origins.row(
            `${base}.rijen[${i}]`,
            sheetName("rijen"),
            r.row,
            SHEETS.rijen,
            extra,
            String(obj.sleutel),
          );
          delete r.obj._tabel;
          return { waarden, ...r.obj };
        });
        obj.controles = mine(chk).map((c, i) => {
          origins.row(`${base}.controles[${i}]`, sheetName("controles"), c.row, SHEETS.controles);
          delete c.obj._tabel;
          return c.obj;
        });
        const oordeel = mine(rls).map((c, i) => {
          origins.row(`${base}.oordeel[${i}]`, sheetName("oordeel"), c.row, SHEETS.oordeel);
          delete c.obj._tabel;
          return { als: [], ...c.obj };
        });
        if (oordeel.length > 0) obj.oordeel = oordeel;
      }
      tabellen.push(obj);
    });
    // Columns of the rijen sheet must be fixed columns of some table.
    if (rows) {
      const fixedAll = new Set(
        tabellen.flatMap((t) =>
          (Array.isArray(t.kolommen) ? (t.kolommen as Obj[]) : [])
            .filter((c) => c.vast)
            .map((c) => headerKey(String(c.id))),
        ),
      );
      const own = new Set(SHEETS.rijen.kolommen.flatMap(columnKeys));
      for (const h of rows.headers)
        if (h.key !== "" && !own.has(h.key) && !fixedAll.has(h.key))
          problems.add(
            { sheet: rows.name, row: rows.headerRow, column: h.text },
            "definitie_rijen_kolom_onbekend",
            {},
          );
    }
    if (!fieldsUsed && fields.length > 0)
      problems.add({ sheet: sheetName("velden") }, "definitie_velden_zonder_tabel", {});
    monitor.landelijk = national.map((n, i) => {
      origins.row(`landelijk[${i}]`, sheetName("landelijk"), n.row, SHEETS.landelijk);
      return n.obj;
    });
  }

  function buildSimple() {
    const milestones = read("mijlpalen");
    const questions = read("vragen");
    const velden = fields.length > 0 ? fieldRows("tabellen[0]") : D.defaultFields(soort);
    origins.put("tabellen[0]", { sheet: sheetName("velden") });
    tabellen.push(D.fieldsTable(soort, velden as never) as Obj);
    /** The rows of a simple sheet; an empty fixed value (`onderdeel`) is an empty text. */
    const simpleRows = (items: Item[], sheet: SheetName) =>
      items.map((it, i) => {
        origins.put(`tabellen[${tabellen.length}]`, { sheet: sheetName(sheet) });
        origins.row(`tabellen[${tabellen.length}].rijen[${i}]`, sheetName(sheet), it.row, SHEETS[sheet]);
        const waarden = (it.obj.waarden ?? {}) as Record<string, string>;
        for (const c of SHEETS[sheet].kolommen)
          if (c.pad.startsWith("waarden.")) waarden[c.pad.slice(8)] ??= "";
        return { ...it.obj, waarden } as unknown as Row;
      });
    if (milestones.length > 0) {
      const rijen = simpleRows(milestones, "mijlpalen");
      tabellen.push(D.milestoneTable(rijen, delay) as Obj);
    }
    if (questions.length > 0) {
      const rijen = simpleRows(questions, "vragen");
      tabellen.push(D.questionTable(rijen) as Obj);
    }
    for (const [name, scale] of Object.entries(D.defaultScales(milestones.length > 0)))
      scales[name] ??= scale as { opties: Obj[] };
    if (national.length > 0)
      monitor.landelijk = national.map((n, i) => {
        origins.row(`landelijk[${i}]`, sheetName("landelijk"), n.row, SHEETS.landelijk);
        return n.obj;
      });
    else
      monitor.landelijk = D.defaultNational({
        soort,
        milestones: milestones.length > 0,
        questions: questions.length > 0,
      });
    const scores = (monitor.scores ??= {}) as Obj;
    if (milestones.length > 0) {
      if (!settingsSpot.has("scores.eenheid.tabel")) scores.eenheid = { tabel: D.MILESTONES_ID };
      if (!settingsSpot.has("scores.voortgang.tabel")) scores.voortgang = { tabel: D.MILESTONES_ID };
    }
  }

  monitor.schalen = scales;
  monitor.tabellen = tabellen;
  const scores = (monitor.scores ??= {}) as Obj;
  const inv = (scores.invulling ??= {}) as Obj;
  inv.groen ??= D.DEFAULT_INVULLING.groen;
  inv.oranje ??= D.DEFAULT_INVULLING.oranje;
  const rag = (monitor.rag ??= {}) as Obj;
  rag.volgorde ??= [...D.DEFAULT_RAG.volgorde];
  rag.labels = { ...D.DEFAULT_RAG.labels, ...((rag.labels as Obj | undefined) ?? {}) };

  resolveConditions(tabellen, problems);
  const notes = dropRemovedTables(monitor, tabellen, settingsSpot, national, problems, {
    settings: sheetName("instellingen"),
    national: sheetName("landelijk"),
    removed: ["mijlpalen", "vragen"]
      .filter((n) => !generic && (byName.get(n)?.records.length ?? 0) === 0)
      .map((n) => (n === "mijlpalen" ? D.MILESTONES_ID : D.QUESTIONS_ID)),
  });

  for (const s of SETTINGS)
    if (!settingsSpot.has(s.pad)) origins.put(s.pad, { sheet: sheetName("instellingen") });

  // The model's own checks (structure, references) on what was read, each message at its cell; a cell
  // that already has a message is not reported twice.
  const load = loadMonitorValue(monitor as MonitorInput);
  if (load.ok && problems.list.length === 0) return notes.length > 0 ? { ...load, notities: notes } : load;
  const loose: Issue[] = [];
  if (!load.ok)
    for (const f of load.fouten) {
      // The model's issue has its path in the JSON form; the officer gets the sheet, row and column.
      const at = origins.find(f.pad ?? "");
      if (!at) loose.push(moveIssue(f, { bestand }));
      else if (!problems.has(at)) problems.place(at, f);
    }
  return { ok: false, fouten: [...problems.sorted(sheets.map((g) => g.sheet)), ...loose] };
}

/**
 * Settings and national sheets that name a table the officer removed (the rows of Mijlpalen or Vragen
 * deleted) fall back to their default, with a note naming the cell; a table code that never existed is a
 * mistake naming the cell and the codes to choose from.
 */
function dropRemovedTables(
  monitor: Obj,
  tabellen: Obj[],
  settingsSpot: Map<string, Spot>,
  national: Item[],
  problems: Problems,
  at: { settings: string; national: string; removed: string[] },
): Issue[] {
  const ids = tabellen.map((t) => String(t.id));
  const rowIds = tabellen.filter((t) => t.vorm === "rijen").map((t) => String(t.id));
  const notes: Issue[] = [];
  for (const s of SETTINGS.filter((x) => x.tabel)) {
    const v = getPath(monitor, s.pad);
    const spot = settingsSpot.get(s.pad);
    if (typeof v !== "string" || !spot || ids.includes(v)) continue;
    if (at.removed.includes(v)) {
      notes.push(
        makeIssue("definitie_instelling_vervalt", problems.location(spot), {
          instelling: s.naam,
          tabel: v,
        }),
      );
      setPath(monitor, s.pad, undefined);
      const parent = s.pad.split(".").slice(0, -1).join(".");
      const scores = monitor.scores as Obj | undefined;
      if (scores && parent.startsWith("scores.")) delete scores[parent.slice(7)];
    } else problems.add(spot, "definitie_tabel_onbekend", { tabel: v, bekend: rowIds, magLeeg: true });
  }
  if (Array.isArray(monitor.landelijk)) {
    const keep: Obj[] = [];
    (monitor.landelijk as Obj[]).forEach((n, i) => {
      const t = n.tabel;
      if (typeof t === "string" && at.removed.includes(t) && !ids.includes(t)) {
        const row = national[i]?.row;
        notes.push(
          makeIssue(
            "definitie_landelijk_vervalt",
            problems.location({ sheet: at.national, row, column: "Tabel" }),
            { blad: String(n.blad), tabel: t },
          ),
        );
      } else keep.push(n);
    });
    monitor.landelijk = keep;
  }
  return notes;
}
