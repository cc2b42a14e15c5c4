/**
 * The standard workbook and the definition workbook of every built-in, written by our writer and read back by
 * openpyxl (an independent reader): what a unit and an officer rely on when they fill them in. Expected values
 * come from the template model's rules and the definition (the writer's input), and for RAK 2008–2010 from a
 * hand count of the domain reference (37 regions; the Regio sheet's six fields).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildTemplate } from "../../src/core/engine/template";
import { columnLetters } from "../../src/core/grid";
import { builtInMonitors, findMonitor, type Monitor } from "../../src/core/model";
import { definitionToSheets } from "../../src/core/model/xlsform";
import { CHOICES_SHEET, GUIDE_SHEET, headerHelp } from "../../src/core/model/xlsform/guide";
import { DATE_FORMAT, type TemplateModel } from "../../src/core/template-model";
import { definitionWorkbookBytes } from "../../src/xlsx/definition-workbook-write";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { runPython, tempDir } from "../helpers/files";

jest.setTimeout(120_000);

interface ReadValidation {
  sqref: string;
  type: string | null;
  formula1: string | null;
  promptTitle: string | null;
  prompt: string | null;
  showInputMessage: boolean;
  errorStyle: string | null;
  error: string | null;
}
interface ReadSheet {
  title: string;
  state: string;
  protected: boolean;
  freeze: string | null;
  printTitles: string | null;
  tables: { name: string; ref: string; columns: string[] }[];
  validations: ReadValidation[];
  /** Per cell that holds a value or a style: value, number format, locked. */
  cells: Record<string, [string | number | null, string, boolean]>;
  comments: Record<string, string>;
}

/** openpyxl's view of a workbook: every sheet with its state, protection, tables, validations, cells, notes. */
const READ = String.raw`
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    cells, comments = {}, {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None or c.has_style:
                v = c.value if isinstance(c.value, (str, int, float)) or c.value is None else str(c.value)
                cells[c.coordinate] = [v, c.number_format, bool(c.protection.locked)]
            if c.comment is not None:
                comments[c.coordinate] = c.comment.text
    out.append(dict(
        title=ws.title, state=ws.sheet_state, protected=bool(ws.protection.sheet), freeze=ws.freeze_panes,
        printTitles=ws.print_title_rows,
        tables=[dict(name=t.name, ref=t.ref, columns=[c.name for c in t.tableColumns]) for t in ws.tables.values()],
        validations=[dict(sqref=str(d.sqref), type=d.type, formula1=d.formula1, promptTitle=d.promptTitle,
            prompt=d.prompt, showInputMessage=bool(d.showInputMessage), errorStyle=d.errorStyle, error=d.error)
            for d in ws.data_validations.dataValidation],
        cells=cells, comments=comments))
print(json.dumps(out))
`;

const dir = tempDir("regiomonitor-template-openpyxl-");

function readBack(name: string, bytes: Uint8Array): ReadSheet[] {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const r = runPython(READ, [file]);
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as ReadSheet[];
}

/** The cells of an A1 range list such as `B2:C4 E5`. */
function cellsOf(sqref: string): string[] {
  const out: string[] = [];
  for (const part of sqref.split(/\s+/)) {
    const [a, b = a] = part.split(":");
    const at = (s: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(s)!;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return [Number(m[2]), col] as const;
    };
    const [r1, c1] = at(a);
    const [r2, c2] = at(b);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${columnLetters(c)}${r}`);
  }
  return out;
}

/** The validations covering each cell of a sheet. */
function coverage(s: ReadSheet): Map<string, ReadValidation[]> {
  const map = new Map<string, ReadValidation[]>();
  for (const v of s.validations) for (const c of cellsOf(v.sqref)) map.set(c, [...(map.get(c) ?? []), v]);
  return map;
}

const bodyCell = (r: number, c: number) => `${columnLetters(c + 1)}${r + 2}`;

describe.each(builtInMonitors().map((d) => [d.id, d] as const))("standard workbook of %s", (_id, def) => {
  const model: TemplateModel = buildTemplate(def);
  const sheets = readBack(`${def.id}.xlsx`, templateWorkbook(model));
  const byName = new Map(sheets.map((s) => [s.title, s]));

  test("the sheets in order: the guide and the tables visible, the lists hidden, the meta sheet very hidden", () => {
    expect(sheets.map((s) => [s.title, s.state])).toEqual([
      [model.toelichting.name, "visible"],
      ...model.tables.map((t) => [t.sheet, "visible"]),
      [model.listsSheet.name, "hidden"],
      [model.metaSheet.name, "veryHidden"],
    ]);
    const meta = byName.get(model.metaSheet.name)!;
    model.metaSheet.rows.forEach(([k, v], i) => {
      expect(meta.cells[`A${i + 1}`][0]).toBe(k);
      expect(meta.cells[`B${i + 1}`]?.[0] ?? "").toBe(v);
    });
  });

  test("each table sheet: its Excel table, the header frozen and printed on every page, protection as the model says", () => {
    for (const t of model.tables) {
      const s = byName.get(t.sheet)!;
      const ref = `A1:${columnLetters(t.header.length)}${t.rows.length + 1}`;
      expect(s.tables).toEqual([{ name: t.table, ref, columns: t.header }]);
      expect(s.freeze).toBe("A2");
      expect(s.printTitles).toBe("$1:$1");
      expect(s.protected).toBe(t.protect);
    }
  });

  test("input cells are unlocked, every other body cell stays locked", () => {
    for (const t of model.tables) {
      const s = byName.get(t.sheet)!;
      t.rows.forEach((row, r) =>
        row.forEach((_, c) =>
          expect([bodyCell(r, c), s.cells[bodyCell(r, c)][2]]).toEqual([bodyCell(r, c), !t.editable[c]]),
        ),
      );
    }
  });

  test("every input prompt and every answer list is one validation on its cell; no cell has two", () => {
    for (const t of model.tables) {
      const covered = coverage(byName.get(t.sheet)!);
      for (const [cell, vs] of covered) expect([cell, vs.length]).toEqual([cell, 1]);
      for (const p of t.prompts.filter((x) => x.tekst !== "")) {
        const [v] = covered.get(bodyCell(p.row, p.col)) ?? [];
        expect(v).toMatchObject({ showInputMessage: true, promptTitle: p.titel, prompt: p.tekst });
      }
      for (const l of t.lists) {
        const [v] = covered.get(bodyCell(l.row, l.col)) ?? [];
        expect(v).toMatchObject({
          type: "list",
          formula1: l.source.replace(/^=/, ""),
          errorStyle: "warning",
          error: "Kies een antwoord uit de keuzelijst.",
        });
      }
    }
  });

  test("the answer lists hold the model's lists, one per column under its header", () => {
    const s = byName.get(model.listsSheet.name)!;
    model.listsSheet.columns.forEach((col, c) => {
      const L = columnLetters(c + 1);
      expect(s.cells[`${L}1`][0]).toBe(col.header);
      expect(col.values.map((_, r) => s.cells[`${L}${r + 2}`][0])).toEqual(col.values);
    });
  });
});

test("RAK 2008–2010 by hand: the Regio sheet's six fields, the list of 37 regions, the date cell", () => {
  const sheets = readBack("rak-hand.xlsx", templateWorkbook(buildTemplate(findMonitor("rak-2008-2010")!)));
  const regio = sheets.find((s) => s.title === "Regio")!;
  expect(["A2", "A3", "A4", "A5", "A6", "A7"].map((c) => regio.cells[c][0])).toEqual([
    "Regio",
    "Meetmoment",
    "Peildatum",
    "Ingevuld door",
    "Functie",
    "E-mail",
  ]);
  // The names fill B2 and below; a user types only in column B.
  expect(["B2", "B3", "B4", "B5", "B6", "B7"].map((c) => regio.cells[c][2])).toEqual(Array(6).fill(false));
  expect(["A2", "A7", "B1"].map((c) => regio.cells[c][2])).toEqual([true, true, true]);
  const list = regio.validations.find((v) => v.sqref === "B2")!;
  expect(list.formula1).toBe("Keuzelijsten!$A$2:$A$38");
  expect(list.promptTitle).toBe("Regio");
  expect(regio.cells.B4[1]).toBe(DATE_FORMAT);
  const names = sheets.find((s) => s.title === "Keuzelijsten")!;
  const regions = Object.entries(names.cells).filter(
    ([c, v]) => /^A\d+$/.test(c) && c !== "A1" && v[0] !== null,
  );
  expect(regions).toHaveLength(37);
});

describe.each(builtInMonitors().map((d) => [d.id, d] as const))(
  "definition workbook of %s",
  (_id, def: Monitor) => {
    const grids = definitionToSheets(def);
    const sheets = readBack(`definitie-${def.id}.xlsx`, definitionWorkbookBytes(def));

    test("the guide first, the definition's sheets in order, the choices hidden", () => {
      expect(sheets.map((s) => [s.title, s.state])).toEqual([
        [GUIDE_SHEET, "visible"],
        ...grids.map((g) => [g.sheet, "visible"]),
        [CHOICES_SHEET, "hidden"],
      ]);
    });

    test("every header cell has its note; every column with choices a dropdown over 200 rows that names its list", () => {
      const choices = sheets.find((s) => s.title === CHOICES_SHEET)!;
      for (const g of grids) {
        const s = sheets.find((x) => x.title === g.sheet)!;
        expect(s.freeze).toBe("A2");
        const help = headerHelp(def, g);
        help.forEach((h, c) => expect(s.comments[`${columnLetters(c + 1)}1`]).toBe(h.uitleg));
        const withChoices = help.flatMap((h, c) => (h.keuzes ? [[c, h] as const] : []));
        expect(s.validations).toHaveLength(withChoices.length);
        for (const [c, h] of withChoices) {
          const L = columnLetters(c + 1);
          const v = s.validations.find((x) => x.sqref === `${L}2:${L}201`)!;
          expect(v.type).toBe("list");
          expect(v.errorStyle).toBe(h.vrij ? "information" : "stop");
          // The list the dropdown names holds the column's choices.
          const m = /^_keuzelijsten!\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)$/.exec(v.formula1 ?? "")!;
          expect(Number(m[2])).toBe(h.keuzes!.length);
          expect(h.keuzes!.map((_, r) => choices.cells[`${m[1]}${r + 1}`][0])).toEqual(h.keuzes);
        }
      }
    });
  },
);

test("an input prompt keeps its line break (an attribute value, not text)", () => {
  const model = buildTemplate(findMonitor("rak-2008-2010")!);
  const regio = model.tables.find((t) => t.sheet === "Regio")!;
  // Input stated here: B3 (Meetmoment) gets a two-line prompt.
  const prompt = regio.prompts.find((p) => p.row === 1 && p.col === 1)!;
  prompt.tekst = "Regel een.\nRegel twee.";
  const sheets = readBack("regelafbreking.xlsx", templateWorkbook(model));
  const v = sheets.find((s) => s.title === "Regio")!.validations.find((x) => x.sqref === "B3")!;
  expect(v.prompt).toBe("Regel een.\nRegel twee.");
});
