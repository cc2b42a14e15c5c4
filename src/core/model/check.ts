/**
 * References between the parts of a monitor definition: scales, columns, fields, rows and the values that
 * conditions and rules read. Written defensively (missing parts are skipped) so that it also runs on a file
 * whose structure has mistakes: every mistake is reported in one go, each with its path in the file.
 */
import type { Condition, Monitor, Row, RowsTable, Test } from "./schema";

type Loose = Partial<Monitor> | undefined;

const arr = <T>(x: T[] | undefined | null): T[] => (Array.isArray(x) ? x : []);

export function crossCheckMonitor(def: Loose): string[] {
  const out: string[] = [];
  const schalen = def?.schalen && typeof def.schalen === "object" ? def.schalen : {};
  const tabellen = arr(def?.tabellen);
  const fields = tabellen.flatMap((t) => (t?.vorm === "velden" ? arr(t.velden) : []));
  const fieldNames = new Set(fields.map((f) => f?.naam?.toLowerCase()));

  const dup = (values: (string | undefined)[], where: string) => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (typeof v !== "string") return;
      const k = v.trim().toLowerCase();
      if (seen.has(k)) out.push(`${where}[${i}]: '${v}' komt twee keer voor`);
      seen.add(k);
    });
  };
  const scale = (name: string | undefined, where: string) => {
    if (name === undefined) out.push(`${where}.schaal: ontbreekt (verplicht bij type 'keuze')`);
    else if (!schalen[name])
      out.push(`${where}.schaal: schaal '${name}' bestaat niet; bekend: ${Object.keys(schalen).join(", ")}`);
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
    if (firstOf.has(k))
      out.push(`${m.where}: '${m.lid}' staat al bij ${firstOf.get(k) ?? "een andere eenheid"}`);
    else firstOf.set(k, m.unit);
  }
  if (def?.eenheden?.ledenNaam !== undefined && members.length === 0)
    out.push("eenheden.ledenNaam: geen enkele eenheid heeft leden");
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
  if (fieldTables.length > 1) out.push("tabellen: hoogstens één tabel met vorm 'velden'");
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
          out.push(`${where}.velden[${i}].type: 'eenheid' kan alleen als de monitor eenheden heeft`);
      });
      for (const rol of ["eenheid", "meetmoment", "peildatum"] as const) {
        const n = arr(t.velden).filter((f) => f?.rol === rol).length;
        if (n > 1) out.push(`${where}.velden: hoogstens één veld met rol '${rol}' (nu ${n})`);
      }
      if (def?.eenheden && !arr(t.velden).some((f) => f?.rol === "eenheid"))
        out.push(`${where}.velden: een monitor met eenheden heeft een veld met rol 'eenheid' nodig`);
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
      if (!c) out.push(`${where}.${what}: kolom '${id}' bestaat niet; bekend: ${[...ids].join(", ")}`);
      else if (mustBeFixed === true && !c.vast) out.push(`${where}.${what}: kolom '${id}' moet vast zijn`);
      else if (mustBeFixed === false && c.vast)
        out.push(`${where}.${what}: kolom '${id}' mag niet vast zijn`);
    };
    const rows = arr(t.rijen);
    // Only a table of open rows alone may take its key and label from columns the unit fills in.
    const openOnly = t.open !== undefined && rows.length === 0;
    col(t.sleutel, "sleutel", openOnly ? undefined : true);
    col(t.label, "label", openOnly ? undefined : true);
    col(t.hoofdkolom, "hoofdkolom", false);
    if (rows.length === 0 && t.open === undefined)
      out.push(`${where}.rijen: een tabel heeft vaste rijen (rijen) of open rijen (open) nodig`);
    if (t.open) {
      const o = t.open;
      arr(o.uniek).forEach((id, i) => col(id, `open.uniek[${i}]`));
      dup(arr(o.uniek), `${where}.open.uniek`);
      if (o.sleutelUit !== undefined) {
        const from = tabellen.find((x) => x?.vorm === "rijen" && x.id === o.sleutelUit) as
          RowsTable | undefined;
        if (!from)
          out.push(
            `${where}.open.sleutelUit: tabel '${o.sleutelUit}' bestaat niet (of is geen tabel met rijen)`,
          );
        else if (from === t) out.push(`${where}.open.sleutelUit: een tabel kan niet naar zichzelf verwijzen`);
        else if (arr(from.rijen).length === 0)
          out.push(`${where}.open.sleutelUit: tabel '${o.sleutelUit}' heeft geen vaste rijen`);
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
        if (typeof r?.waarden?.[id] !== "string") out.push(`${rw}.waarden.${id}: ontbreekt`);
      for (const k of Object.keys(r?.waarden ?? {}))
        if (!fixed.includes(k)) out.push(`${rw}.waarden.${k}: geen vaste kolom`);
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
      if (!fieldNames.has(v.slice(5).toLowerCase())) out.push(`${where}: veld '${v.slice(5)}' bestaat niet`);
      return;
    }
    if (v.startsWith("rij:")) {
      const key = v.slice(4);
      if (!arr(t.rijen).some((r) => r?.waarden?.[t.sleutel] === key))
        out.push(`${where}: rij '${key}' bestaat niet`);
      else if (key === ownKey) out.push(`${where}: een rij kan niet van zichzelf afhangen`);
      return;
    }
    if (!arr(t.kolommen).some((c) => c?.id === v)) out.push(`${where}: kolom '${v}' bestaat niet`);
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

  const rowsTables = new Set(tabellen.filter((t) => t?.vorm === "rijen").map((t) => t.id));
  const tableRef = (id: string | undefined, where: string) => {
    if (id !== undefined && !rowsTables.has(id))
      out.push(`${where}: tabel '${id}' bestaat niet (of is geen tabel met rijen)`);
  };
  tableRef(def?.scores?.eenheid?.tabel, "scores.eenheid.tabel");
  tableRef(def?.scores?.voortgang?.tabel, "scores.voortgang.tabel");
  arr(def?.landelijk).forEach((n, i) => {
    if (n && "tabel" in n) tableRef(n.tabel, `landelijk[${i}].tabel`);
    if (n?.soort === "groepen") {
      const t = tabellen.find((x) => x?.vorm === "rijen" && x.id === n.tabel) as RowsTable | undefined;
      if (t && !t.oordeel)
        out.push(`landelijk[${i}]: 'groepen' telt beoordeelde rijen; tabel '${n.tabel}' heeft geen oordeel`);
      const cols = new Set(arr(t?.kolommen).map((c) => c?.id));
      for (const [k, c] of [
        ["kolom", n.kolom] as const,
        ...arr(n.labelKolommen).map((c) => ["labelKolommen", c] as const),
      ])
        if (t && !cols.has(c))
          out.push(`landelijk[${i}].${k}: kolom '${c}' bestaat niet in tabel '${n.tabel}'`);
    }
    if (n?.soort === "retouren" && !def?.eenheden)
      out.push(`landelijk[${i}]: 'retouren' kan alleen als de monitor eenheden heeft`);
    if (n?.soort === "matrix" && n.weergave && typeof n.weergave === "object") {
      // The display per option names options of the table's main column.
      const t = tabellen.find((x) => x?.id === n.tabel);
      const main = t?.vorm === "rijen" ? arr(t.kolommen).find((c) => c?.id === t.hoofdkolom) : undefined;
      const opts = arr(main?.schaal ? schalen[main.schaal]?.opties : undefined).map((o) => o?.label);
      if (main?.schaal && schalen[main.schaal])
        for (const k of Object.keys(n.weergave))
          if (!opts.includes(k))
            out.push(
              `landelijk[${i}].weergave.${k}: '${k}' is geen antwoord van kolom '${main.id}'; bekend: ${opts.join(", ")}`,
            );
    }
  });
  const inv = def?.scores?.invulling;
  if (inv && typeof inv.oranje === "number" && typeof inv.groen === "number" && inv.oranje > inv.groen)
    out.push("scores.invulling.oranje: mag niet hoger zijn dan scores.invulling.groen");
  const volgorde = def?.rag?.volgorde;
  if (Array.isArray(volgorde) && new Set(volgorde).size !== volgorde.length)
    out.push("rag.volgorde: noem groen, oranje, rood en grijs elk precies één keer");
  return out;
}
