/** Plain-text reports for the terminal (Dutch, decimal comma), for every monitor. */
import type { Monitor } from "../core/model/schema";
import { rowsTables } from "../core/model";
import type { CheckResult } from "../core/engine/pipeline";
import type { NationalReport } from "../core/engine/national-types";
import { formatIssue, type Issue } from "../core/issues";
import { countText, formatPercent } from "../core/cells/text";
import { capitalise as cap, noTotalText, vocabulary } from "../core/model/vocabulary";

/**
 * A text cut to at most `n` characters for a column: at the last word boundary that fits, with an ellipsis
 * ("9 Praktische vertaling van de visies en…"), never in the middle of a word unless the first word alone
 * is too long.
 */
export function cut(s: string, n: number): string {
  if (s.length <= n) return s;
  const head = s.slice(0, n - 1);
  // Whole words: up to the last space, or all of it when the next character is a space.
  const end = s[n - 1] === " " ? head.length : head.lastIndexOf(" ");
  const words = end > 0 ? head.slice(0, end) : head;
  return `${words.replace(/[\s,.;:–—-]+$/, "")}…`;
}

/** A text in a column of `n` characters: cut on a word boundary when too long, else padded. */
export function pad(s: string, n: number): string {
  const t = cut(s, n);
  return t + " ".repeat(n - t.length);
}
function lpad(s: string, n: number): string {
  return s.length >= n ? s : " ".repeat(n - s.length) + s;
}

/** An explanation after its colour: "Rood — 28 fouten", not "Rood — Rood: 28 fouten". */
function afterColour(colour: string, uitleg: string): string {
  return uitleg.startsWith(`${colour}: `) ? uitleg.slice(colour.length + 2) : uitleg;
}

/** The national table per fixed row (Mijlpalen landelijk) of every `rijverdeling` table. */
export function formatRowDistributions(def: Monitor, r: NationalReport): string {
  const L = def.rag.labels;
  const w = vocabulary(def);
  const lines: string[] = [];
  for (const t of rowsTables(def)) {
    const rows = r.rijverdelingen[t.id];
    if (!rows) continue;
    lines.push(
      `${t.blad} landelijk — ontvangen ${r.ontvangen} van ${r.verwacht} ${w.eenheden}`,
      `${pad(t.rijNaam, 52)} ${lpad(cap(w.gerealiseerd), 12)} ${lpad("%", 8)} ${lpad(`Waarvan ${w.gedeeltelijk}`, 21)} ${lpad(L.groen, 6)} ${lpad(L.oranje, 6)} ${lpad(L.rood, 6)} ${lpad(L.grijs, 6)}`,
    );
    for (const m of rows)
      lines.push(
        `${pad(`${m.sleutel} ${m.label}`, 52)} ${lpad(`${m.gerealiseerd} van ${r.verwacht}`, 12)} ${lpad(formatPercent(m.fractieGerealiseerd), 8)} ${lpad(String(m.waarvanGedeeltelijk), 21)} ${lpad(String(m.rag.groen), 6)} ${lpad(String(m.rag.oranje), 6)} ${lpad(String(m.rag.rood), 6)} ${lpad(String(m.rag.grijs), 6)}`,
      );
  }
  return lines.join("\n");
}

/**
 * The colour counts in one line: `Groen 11 · Oranje 0 · Rood 1 · Grijs 13 — voltooid 0 van 25 (0,0 %)`.
 * Where the source says no total judgement can be given (`totaaloordeel` false), no counts: why not, and
 * the share done.
 */
export function formatColourCounts(def: Monitor, r: NationalReport): string {
  const L = def.rag.labels;
  const w = vocabulary(def);
  const t = r.totaal;
  if (!t) return "";
  const c = t.rag;
  const done = `${w.gerealiseerd} ${t.voltooid} van ${t.aantal} (${formatPercent(t.fractieVoltooid)})`;
  if (!w.totaaloordeel) return `${noTotalText(w)} ${cap(done)}.`;
  return `${L.groen} ${c.groen} · ${L.oranje} ${c.oranje} · ${L.rood} ${c.rood} · ${L.grijs} ${c.grijs} — ${done}`;
}

/** Groups, shift and every judged row of a monitor without units (an action monitor). */
export function formatJudgedRows(def: Monitor, r: NationalReport): string[] {
  const L = def.rag.labels;
  const w = vocabulary(def);
  const lines: string[] = [];
  if (r.totaal)
    lines.push(w.totaaloordeel ? `Stoplicht: ${formatColourCounts(def, r)}` : formatColourCounts(def, r));
  for (const g of r.groepen) {
    lines.push(
      `${pad(g.titel, 46)} ${lpad(cap(w.rijen), 6)} ${lpad(L.groen, 6)} ${lpad(L.oranje, 6)} ${lpad(L.rood, 6)} ${lpad(L.grijs, 6)} ${lpad(cap(w.gerealiseerd), 8)}`,
    );
    for (const x of [...g.rijen, g.totaal]) {
      // The total row has no colours where the source says no total judgement can be given.
      const colours =
        x === g.totaal && !w.totaaloordeel
          ? ["", "", "", ""]
          : [x.rag.groen, x.rag.oranje, x.rag.rood, x.rag.grijs].map(String);
      lines.push(
        `  ${pad(x.label, 44)} ${lpad(String(x.aantal), 6)} ${colours.map((c) => lpad(c, 6)).join(" ")} ${lpad(String(x.voltooid), 8)}`,
      );
    }
  }
  if (r.verschuiving.length > 0)
    lines.push(
      `Verschuiving t.o.v. nulmeting: ${r.verschuiving
        .map(
          (s) =>
            `${s.categorie} ${s.aantal}${s.waarvanOpgegeven > 0 ? ` (waarvan ${s.waarvanOpgegeven} opgegeven)` : ""}`,
        )
        .join(" · ")}`,
    );
  for (const [tid, rows] of Object.entries(r.rijen)) {
    const t = rowsTables(def).find((x) => x.id === tid);
    if (!t || def.eenheden) continue;
    lines.push(`${t.rijNaamMeervoud[0].toUpperCase()}${t.rijNaamMeervoud.slice(1)}:`);
    for (const j of rows)
      lines.push(
        `  ${pad(j.row.sleutel, 7)} ${pad(L[j.oordeel.rag], 7)} ${afterColour(L[j.oordeel.rag], j.oordeel.uitleg)}`,
      );
  }
  return lines;
}

export function formatCheck(
  bestand: string,
  res: CheckResult,
  issues: Issue[],
  national: NationalReport | null,
  note: string | null = null,
): string {
  const lines: string[] = [`Controle van ${bestand}`];
  if (note) lines.push(note);
  if (!res.result.ok || !res.score || !res.def) {
    lines.push(`Niet te lezen: ${res.result.ok ? "" : res.result.reden}`);
  } else {
    const { ret } = res.result;
    const def = res.def;
    const s = res.score;
    const L = def.rag.labels;
    if (def.eenheden) {
      const soort = def.eenheden.soort;
      lines.push(
        `${soort[0].toUpperCase()}${soort.slice(1)}: ${ret.eenheid ?? "onbekend"} · ${ret.meetmoment ?? "meetmoment onbekend"} · peildatum ${ret.peildatum?.tekst ?? "onbekend"}`,
      );
    } else {
      const n = rowsTables(def).reduce((acc, t) => acc + (ret.tabellen[t.id]?.length ?? 0), 0);
      lines.push(
        `Monitor: ${def.naam} (${def.id}, versie ${def.versie}) · ${n} ${rowsTables(def)[0]?.rijNaamMeervoud ?? "rijen"}`,
      );
    }
    for (const [blad, c] of Object.entries(s.invulgraad.perBlad))
      lines.push(
        `Invulgraad ${pad(blad, 12)} ${lpad(formatPercent(c.fractie), 8)}  (${c.ingevuld} van ${c.vereist}, waarvan onbekend ${c.onbekend})`,
      );
    const t = s.invulgraad.totaal;
    lines.push(
      `Invulgraad ${pad("werkmap", 12)} ${lpad(formatPercent(t.fractie), 8)}  (${t.ingevuld} van ${t.vereist}, waarvan onbekend ${t.onbekend})`,
    );
    lines.push(`Invulling: ${L[s.invulling.rag]} — ${afterColour(L[s.invulling.rag], s.invulling.uitleg)}`);
    if (s.voortgang) lines.push(s.voortgang.uitleg);
    if (def.eenheden) {
      for (const js of Object.values(s.oordelen))
        for (const j of js)
          lines.push(
            `  ${pad(j.sleutel, 4)} ${pad(j.geldt ? L[j.rag] : "n.v.t.", 7)} ${j.geldt ? afterColour(L[j.rag], j.uitleg) : j.uitleg}`,
          );
      if (s.eenheid)
        lines.push(
          `Oordeel ${def.eenheden.soort}: ${L[s.eenheid.rag]} — ${afterColour(L[s.eenheid.rag], s.eenheid.uitleg)}`,
        );
    } else if (national) {
      lines.push(...formatJudgedRows(def, national));
    }
  }
  const counts = { fout: 0, waarschuwing: 0, info: 0 };
  for (const i of issues) counts[i.severity] += 1;
  lines.push(
    `Meldingen: ${countText(counts.fout, "fout", "fouten")}, ${countText(counts.waarschuwing, "waarschuwing", "waarschuwingen")}, ${counts.info} ter informatie`,
  );
  for (const i of issues) lines.push(`  ${formatIssue(i)}`);
  return lines.join("\n");
}
