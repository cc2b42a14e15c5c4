/**
 * References between the parts of a monitor definition: scales, columns, fields, rows and the values that
 * conditions and rules read. Written defensively (missing parts are skipped) so that it also runs on a file
 * whose structure has mistakes: every mistake is reported in one go, each an issue of the catalogue with
 * its path in the file (a definition workbook moves it to the sheet, row and column the path came from).
 */
import { makeIssue, type Issue, type IssueCode, type IssueData } from "../issues";
import type { Condition, Monitor, Row, RowsTable, Test } from "./schema";

type Loose = Partial<Monitor> | undefined;

const arr = <T>(x: T[] | undefined | null): T[] => (Array.isArray(x) ? x : []);
/** The names to choose from, as texts (a loose file may hold anything). */
const known = (xs: Iterable<unknown>): string[] => [...xs].filter((x): x is string => typeof x === "string");

export function crossCheckMonitor(def: Loose, bestand = ""): Issue[] {
  const out: Issue[] = [];
  const add = <C extends IssueCode>(pad: string, code: C, data: IssueData<C>) =>
    out.push(makeIssue(code, { bestand, pad }, data));
  const schalen = def?.schalen && typeof def.schalen === "object" ? def.schalen : {};
  const tabellen = arr(def?.tabellen);
  const fields = tabellen.flatMap((t) => (t?.vorm === "velden" ? arr(t.velden) : []));
  const fieldNames = new Set(fields.map((f) => f?.naam?.toLowerCase()));
  const rowsTableIds = () => known(tabellen.filter((t) => t?.vorm === "rijen").map((t) => t.id));

  const dup = (values: (string | undefined)[], where: string) => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (typeof v !== "string") return;
      const k = v.trim().toLowerCase();
      if (seen.has(k)) add(`${where}[${i}]`, "definitie_dubbel", { waarde: v });
      seen.add(k);
    });
  };
  const scale = (name: string | undefined, where: string) => {
    const bekend = Object.keys(schalen);
    if (name === undefined) add(`${where}.schaal`, "definitie_schaal_ontbreekt", { bekend });
    else if (!schalen[name]) add(`${where}.schaal`, "definitie_schaal_onbekend", { schaal: name, bekend });
  };

  dup(
    arr(def?.eenheden?.namen).map((n) => n?.naam),
    "eenheden.namen",
  );
  // A member belongs to one unit only: no municipality twice, within a unit or across units.
  const members = arr(def?.eenheden?.namen).flatMap((n, i) =>
    arr(n?.leden).map((lid, j) => ({ lid, where: `eenheden.namen[${i}].leden[${j}]`, unit: n?.naam })),
  );
  const firstOf = new Map<string, string | undefined>();
  for (const m of members) {
    if (typeof m.lid !== "string") continue;
    const k = m.lid.trim().toLowerCase();
    if (firstOf.has(k)) add(m.where, "definitie_lid_dubbel", { lid: m.lid, eenheid: firstOf.get(k) ?? null });
    else firstOf.set(k, m.unit);
  }
  if (def?.eenheden?.ledenNaam !== undefined && members.length === 0)
    add("eenheden.ledenNaam", "definitie_geen_leden", {});
  dup(
    tabellen.map((t) => t?.id),
    "tabellen",
  );
  dup(
    tabellen.map((t) => t?.blad),
    "tabellen",
  );
  for (const [naam, s] of Object.entries(schalen))
    dup(
      arr(s?.opties).map((o) => o?.label),
      `schalen.${naam}.opties`,
    );

  const fieldTables = tabellen.filter((t) => t?.vorm === "velden");
  if (fieldTables.length > 1) add("tabellen", "definitie_velden_dubbel", {});
  tabellen.forEach((t, ti) => {
    const where = `tabellen[${ti}]`;
    if (t?.vorm === "velden") {
      dup(
        arr(t.velden).map((f) => f?.naam),
        `${where}.velden`,
      );
      arr(t.velden).forEach((f, i) => {
        if (f?.type === "keuze") scale(f.schaal, `${where}.velden[${i}]`);
        if (f?.type === "eenheid" && !def?.eenheden)
          add(`${where}.velden[${i}].type`, "definitie_eenheid_zonder_eenheden", {});
      });
      for (const rol of ["eenheid", "meetmoment", "peildatum"] as const) {
        const n = arr(t.velden).filter((f) => f?.rol === rol).length;
        if (n > 1) add(`${where}.velden`, "definitie_rol_dubbel", { rol, aantal: n });
      }
      if (def?.eenheden && !arr(t.velden).some((f) => f?.rol === "eenheid"))
        add(`${where}.velden`, "definitie_rol_eenheid_ontbreekt", {});
      return;
    }
    if (t?.vorm !== "rijen") return;
    checkRows(t, where);
  });

  function checkRows(t: RowsTable, where: string) {
    const cols = arr(t.kolommen);
    const ids = new Set(cols.map((c) => c?.id));
    dup(
      cols.map((c) => c?.id),
      `${where}.kolommen`,
    );
    dup(
      cols.map((c) => c?.kop),
      `${where}.kolommen`,
    );
    const col = (id: string | undefined, what: string, mustBeFixed?: boolean) => {
      if (id === undefined) return;
      const c = cols.find((x) => x?.id === id);
      const pad = `${where}.${what}`;
      if (!c) add(pad, "definitie_kolom_bestaat_niet", { kolom: id, tabel: null, bekend: known(ids) });
      else if (mustBeFixed === true && !c.vast)
        add(pad, "definitie_kolom_vast", { kolom: id, moetVast: true });
      else if (mustBeFixed === false && c.vast)
        add(pad, "definitie_kolom_vast", { kolom: id, moetVast: false });
    };
    const rows = arr(t.rijen);
    // Only a table of open rows alone may take its key and label from columns the unit fills in.
    const openOnly = t.open !== undefined && rows.length === 0;
    col(t.sleutel, "sleutel", openOnly ? undefined : true);
    col(t.label, "label", openOnly ? undefined : true);
    col(t.hoofdkolom, "hoofdkolom", false);
    if (rows.length === 0 && t.open === undefined) add(`${where}.rijen`, "definitie_tabel_zonder_rijen", {});
    if (t.open) {
      const o = t.open;
      arr(o.uniek).forEach((id, i) => col(id, `open.uniek[${i}]`));
      dup(arr(o.uniek), `${where}.open.uniek`);
      if (o.sleutelUit !== undefined) {
        const from = tabellen.find((x) => x?.vorm === "rijen" && x.id === o.sleutelUit) as
          RowsTable | undefined;
        const pad = `${where}.open.sleutelUit`;
        if (!from)
          add(pad, "definitie_tabel_onbekend", {
            tabel: o.sleutelUit,
            bekend: rowsTableIds(),
            magLeeg: true,
          });
        else if (from === t) add(pad, "definitie_tabel_zelf", {});
        else if (arr(from.rijen).length === 0)
          add(pad, "definitie_tabel_geen_vaste_rijen", { tabel: o.sleutelUit });
      }
    }
    cols.forEach((c, i) => {
      if (c?.type === "keuze" && !c.vast) scale(c.schaal, `${where}.kolommen[${i}]`);
      if (c?.verplicht && typeof c.verplicht === "object")
        condition(c.verplicht.als, `${where}.kolommen[${i}].verplicht.als`, t);
    });
    dup(
      rows.map((r) => r?.waarden?.[t.sleutel]),
      `${where}.rijen`,
    );
    const fixed = cols.filter((c) => c?.vast).map((c) => c.id);
    rows.forEach((r: Row, i) => {
      const rw = `${where}.rijen[${i}]`;
      for (const id of fixed)
        if (typeof r?.waarden?.[id] !== "string")
          add(`${rw}.waarden.${id}`, "definitie_vaste_waarde_ontbreekt", { kolom: id });
      for (const k of Object.keys(r?.waarden ?? {}))
        if (!fixed.includes(k)) add(`${rw}.waarden.${k}`, "definitie_geen_vaste_kolom", { kolom: k });
      if (r?.cel?.type === "keuze") scale(r.cel.schaal, `${rw}.cel`);
      if (r?.geldtAls) condition(r.geldtAls, `${rw}.geldtAls`, t, r.waarden?.[t.sleutel]);
    });
    arr(t.controles).forEach((c, i) => {
      col(c?.kolom, `controles[${i}].kolom`);
      condition(c?.als, `${where}.controles[${i}].als`, t);
    });
    arr(t.oordeel).forEach((r, i) => condition(r?.als, `${where}.oordeel[${i}].als`, t));
    if (t.verschuiving) {
      col(t.verschuiving.datum, "verschuiving.datum");
      col(t.verschuiving.tov, "verschuiving.tov");
      col(t.verschuiving.opgegeven, "verschuiving.opgegeven");
    }
  }

  function ref(v: string | undefined, where: string, t: RowsTable, ownKey?: string) {
    if (typeof v !== "string") return;
    if (v === "normdatum") return;
    if (v.startsWith("veld:")) {
      if (!fieldNames.has(v.slice(5).toLowerCase()))
        add(where, "definitie_veld_bestaat_niet", { veld: v.slice(5) });
      return;
    }
    if (v.startsWith("rij:")) {
      const key = v.slice(4);
      if (!arr(t.rijen).some((r) => r?.waarden?.[t.sleutel] === key))
        add(where, "definitie_rij_bestaat_niet", { rij: key });
      else if (key === ownKey) add(where, "definitie_rij_zelf", {});
      return;
    }
    if (!arr(t.kolommen).some((c) => c?.id === v))
      add(where, "definitie_kolom_bestaat_niet", {
        kolom: v,
        tabel: null,
        bekend: known(arr(t.kolommen).map((c) => c?.id)),
      });
  }
  function condition(c: Condition | Test[] | undefined, where: string, t: RowsTable, ownKey?: string) {
    arr(c).forEach((test, i) => {
      const w = `${where}[${i}]`;
      if (!test || typeof test !== "object") return;
      if ("waarde" in test) ref(test.waarde, `${w}.waarde`, t, ownKey);
      if ("datum" in test) ref(test.datum, `${w}.datum`, t, ownKey);
      if ("voor" in test) ref(test.voor?.waarde, `${w}.voor.waarde`, t, ownKey);
      if ("na" in test) ref(test.na?.waarde, `${w}.na.waarde`, t, ownKey);
      if ("uiterlijk" in test) ref(test.uiterlijk?.waarde, `${w}.uiterlijk.waarde`, t, ownKey);
    });
  }

  const tableRef = (id: string | undefined, where: string, magLeeg: boolean) => {
    if (id !== undefined && !rowsTableIds().includes(id))
      add(where, "definitie_tabel_onbekend", { tabel: id, bekend: rowsTableIds(), magLeeg });
  };
  tableRef(def?.scores?.eenheid?.tabel, "scores.eenheid.tabel", true);
  tableRef(def?.scores?.voortgang?.tabel, "scores.voortgang.tabel", true);
  arr(def?.landelijk).forEach((n, i) => {
    if (n && "tabel" in n) tableRef(n.tabel, `landelijk[${i}].tabel`, false);
    if (n?.soort === "groepen") {
      const t = tabellen.find((x) => x?.vorm === "rijen" && x.id === n.tabel) as RowsTable | undefined;
      if (t && !t.oordeel) add(`landelijk[${i}]`, "definitie_groepen_zonder_oordeel", { tabel: n.tabel });
      const cols = new Set(arr(t?.kolommen).map((c) => c?.id));
      for (const [k, c] of [
        ["kolom", n.kolom] as const,
        ...arr(n.labelKolommen).map((c) => ["labelKolommen", c] as const),
      ])
        if (t && !cols.has(c))
          add(`landelijk[${i}].${k}`, "definitie_kolom_bestaat_niet", {
            kolom: c,
            tabel: n.tabel,
            bekend: known([...cols]),
          });
    }
    if (n?.soort === "retouren" && !def?.eenheden)
      add(`landelijk[${i}]`, "definitie_retouren_zonder_eenheden", {});
    if (n?.soort === "matrix" && n.weergave && typeof n.weergave === "object") {
      // The display per option names options of the table's main column.
      const t = tabellen.find((x) => x?.id === n.tabel);
      const main = t?.vorm === "rijen" ? arr(t.kolommen).find((c) => c?.id === t.hoofdkolom) : undefined;
      const opts = arr(main?.schaal ? schalen[main.schaal]?.opties : undefined).map((o) => o?.label);
      if (main?.schaal && schalen[main.schaal])
        for (const k of Object.keys(n.weergave))
          if (!opts.includes(k))
            add(`landelijk[${i}].weergave.${k}`, "definitie_weergave_onbekend", {
              optie: k,
              kolom: main.id,
              bekend: known(opts),
            });
    }
  });
  const inv = def?.scores?.invulling;
  if (inv && typeof inv.oranje === "number" && typeof inv.groen === "number" && inv.oranje > inv.groen)
    add("scores.invulling.oranje", "definitie_invulling_volgorde", { oranje: inv.oranje, groen: inv.groen });
  const volgorde = def?.rag?.volgorde;
  if (Array.isArray(volgorde) && new Set(volgorde).size !== volgorde.length)
    add("rag.volgorde", "definitie_kleur_volgorde", {});
  return out;
}
