/** Plain-text reports for the terminal (Dutch, decimal comma). */
import type { Definition } from "../core/definition";
import type { CheckResult } from "../core/check";
import type { NationalReport } from "../core/national/aggregate";
import { formatIssue, type Issue } from "../core/issues";
import { formatPercent } from "../core/cells/text";

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n) : s + " ".repeat(n - s.length);
}
function lpad(s: string, n: number): string {
  return s.length >= n ? s : " ".repeat(n - s.length) + s;
}

export function formatMilestoneTable(def: Definition, r: NationalReport): string {
  const lines = [
    `Mijlpalen landelijk — ontvangen ${r.ontvangen} van ${r.verwacht} regio's`,
    `${pad("Mijlpaal", 52)} ${lpad("Gerealiseerd", 12)} ${lpad("%", 8)} ${lpad("w.v. gedeelt.", 13)} ${lpad(def.rag.labels.groen, 6)} ${lpad(def.rag.labels.oranje, 6)} ${lpad(def.rag.labels.rood, 6)} ${lpad(def.rag.labels.grijs, 6)}`,
  ];
  for (const m of r.mijlpalen) {
    lines.push(
      `${pad(`${m.code} ${m.label}`, 52)} ${lpad(`${m.gerealiseerd} van ${r.verwacht}`, 12)} ${lpad(formatPercent(m.fractieGerealiseerd), 8)} ${lpad(String(m.waarvanGedeeltelijk), 13)} ${lpad(String(m.rag.groen), 6)} ${lpad(String(m.rag.oranje), 6)} ${lpad(String(m.rag.rood), 6)} ${lpad(String(m.rag.grijs), 6)}`,
    );
  }
  return lines.join("\n");
}

export function formatCheck(bestand: string, res: CheckResult, issues: Issue[]): string {
  const lines: string[] = [`Controle van ${bestand}`];
  if (!res.result.ok || !res.score) {
    lines.push(`Niet te lezen: ${res.result.ok ? "" : res.result.reden}`);
  } else {
    const { ret } = res.result;
    const s = res.score;
    const L = res.def!.rag.labels;
    lines.push(
      `Regio: ${ret.regio ?? "onbekend"} · ${ret.meetmoment ?? "meetmoment onbekend"} · peildatum ${ret.peildatum?.tekst ?? "onbekend"}`,
    );
    for (const [blad, c] of Object.entries(s.invulgraad.perBlad)) {
      lines.push(
        `Invulgraad ${pad(blad, 12)} ${lpad(formatPercent(c.fractie), 8)}  (${c.ingevuld} van ${c.vereist}, waarvan onbekend ${c.onbekend})`,
      );
    }
    const t = s.invulgraad.totaal;
    lines.push(
      `Invulgraad ${pad("werkmap", 12)} ${lpad(formatPercent(t.fractie), 8)}  (${t.ingevuld} van ${t.vereist}, waarvan onbekend ${t.onbekend})`,
    );
    lines.push(`Invulling: ${L[s.invulling.rag]} — ${s.invulling.uitleg}`);
    lines.push(s.voortgang.uitleg);
    for (const m of s.mijlpalen)
      lines.push(`  ${pad(m.code, 4)} ${pad(m.geldt ? L[m.rag] : "n.v.t.", 7)} ${m.uitleg}`);
    lines.push(`Oordeel regio: ${L[s.regio.rag]} — ${s.regio.uitleg}`);
  }
  const counts = { fout: 0, waarschuwing: 0, info: 0 };
  for (const i of issues) counts[i.severity] += 1;
  lines.push(
    `Meldingen: ${counts.fout} fouten, ${counts.waarschuwing} waarschuwingen, ${counts.info} ter informatie`,
  );
  for (const i of issues) lines.push(`  ${formatIssue(i)}`);
  return lines.join("\n");
}
