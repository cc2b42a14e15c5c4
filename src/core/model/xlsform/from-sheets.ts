/**
 * A definition workbook (its sheets as grids) → a checked monitor, or every mistake at once, each naming
 * its sheet, row and column. The sheets are described in docs/definitions.md ("Definitions in Excel").
 */
import type { Grid } from "../../grid";
import { MAX_TABLE_ROWS } from "../../limits";
import { loadMonitorValue, type MonitorLoad } from "..";
import type { MonitorInput, Row } from "../schema";
import * as D from "./defaults";
import { SETTINGS, SHEETS, getPath, setPath, type SheetName } from "./layout";
import { Origins } from "./origins";
import { plural, readSheet, resolveConditions, type Item, type Obj } from "./read-sheet";
import { Problems, cellText, headerKey, recordsOf, type RecordSheet, type Spot } from "./sheets";

export function definitionFromSheets(sheets: Grid[], bestand: string): MonitorLoad {
  const problems = new Problems();
  const origins = new Origins();
  const byName = new Map<string, RecordSheet>();
  for (const g of sheets) {
    const key = headerKey(g.sheet);
    if (key.startsWith("_")) continue;
    if (!(key in SHEETS)) {
      problems.add(
        { sheet: g.sheet },
        `dit blad is onbekend. Een definitie heeft de bladen ${Object.keys(SHEETS).join(", ")}; hernoem het blad of zet een _ voor de naam`,
      );
      continue;
    }
    if (g.values.length > MAX_TABLE_ROWS) {
      // The reader stops one row past the limit: refuse rather than read part of the sheet.
      problems.add(
        { sheet: g.sheet },
        `het blad heeft meer dan ${MAX_TABLE_ROWS - 1} rijen; zoveel rijen leest Regiomonitor niet. Haal lege of overbodige rijen weg`,
      );
      continue;
    }
    byName.set(key, recordsOf(g));
  }
  if (!byName.has("instellingen"))
    return {
      ok: false,
      fouten: [
        `${bestand} is geen definitie: het blad 'instellingen' ontbreekt (met de kolommen sleutel en waarde, en de sleutels id, versie en naam).`,
        ...problems.list,
      ],
    };

  const read = (name: SheetName): Item[] => readSheet(byName.get(name), SHEETS[name], problems);
  const sheetName = (name: SheetName): string => byName.get(name)?.name ?? name;

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
    const at = { sheet: sheetName("instellingen"), row: it.row, column: "waarde" };
    const s = SETTINGS.find((x) => headerKey(x.sleutel) === headerKey(key));
    if (!s) {
      problems.add(
        { ...at, column: "sleutel" },
        `'${key}' is geen sleutel. Kies ${SETTINGS.map((x) => x.sleutel).join(", ")}`,
      );
      continue;
    }
    if (seen.has(s.sleutel)) {
      problems.add(
        { ...at, column: "sleutel" },
        `de sleutel '${s.sleutel}' staat ook in rij ${seen.get(s.sleutel)}`,
      );
      continue;
    }
    seen.set(s.sleutel, it.row);
    const raw =
      byName
        .get("instellingen")!
        .records.find((r) => r.row === it.row)!
        .cells.get("waarde") ?? null;
    const v = s.codec.read(raw);
    if (!v.ok) problems.add(at, v.fout);
    else if (v.value === undefined) {
      if (s.verplicht) problems.add(at, `de waarde van '${s.sleutel}' is leeg. Vul die in`);
    } else setPath(monitor, s.pad, v.value);
    settingsSpot.set(s.pad, at);
    origins.put(s.pad, at);
  }
  for (const s of SETTINGS)
    if (s.verplicht && !seen.has(s.sleutel))
      problems.add(
        { sheet: sheetName("instellingen") },
        `de sleutel '${s.sleutel}' ontbreekt. Voeg een rij toe met sleutel ${s.sleutel} en de waarde`,
      );
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
      "er zijn geen eenheden. Zet de namen op het blad 'eenheden', of haal 'eenheid' en 'eenheden' weg",
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
        problems.add(
          { sheet: sheetName(name) },
          `gebruik dit blad niet samen met het blad 'tabellen': zet de rijen op het blad 'rijen'`,
        );
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
          { sheet: sheetName(sheet), row: it.row, column: "tabel" },
          `tabel '${id}' staat niet op het blad 'tabellen'. Kies ${ids.join(", ")}`,
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
            )!.kol;
            problems.add(
              { sheet: sheetName("tabellen"), row: t.row, column: kol },
              `deze kolom hoort alleen bij een tabel met vorm '${vorm}'. Maak de cel leeg`,
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
      const own = new Set(SHEETS.rijen.kolommen.map((c) => headerKey(c.kol)));
      for (const h of rows.headers)
        if (h.key !== "" && !own.has(h.key) && !fixedAll.has(h.key))
          problems.add(
            { sheet: rows.name, row: rows.headerRow, column: h.text },
            "deze kolom is geen vaste kolom van een tabel (blad 'kolommen', vast = ja). Hernoem of verwijder de kolom",
          );
    }
    if (!fieldsUsed && fields.length > 0)
      problems.add(
        { sheet: sheetName("velden") },
        "er is geen tabel met vorm 'velden' op het blad 'tabellen'",
      );
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

  for (const s of SETTINGS)
    if (!settingsSpot.has(s.pad)) origins.put(s.pad, { sheet: sheetName("instellingen") });

  // The model's own checks (structure, references) on what was read, each message at its cell; a cell
  // that already has a message is not reported twice.
  const load = loadMonitorValue(monitor as MonitorInput);
  if (load.ok && problems.list.length === 0) return load;
  const loose: string[] = [];
  if (!load.ok)
    for (const f of load.fouten) {
      const i = f.indexOf(": ");
      const path = i < 0 ? "" : f.slice(0, i);
      const at = origins.find(path);
      if (!at) loose.push(`In de definitie: ${f}.`);
      else if (!problems.has(at)) problems.add(at, `${f.slice(i + 2)} (${path})`);
    }
  return { ok: false, fouten: [...problems.sorted(sheets.map((g) => g.sheet)), ...loose] };
}
