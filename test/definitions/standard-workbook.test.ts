/**
 * The standard workbook explains itself (issue 19, part 1), on the real files, read by openpyxl: for every
 * built-in monitor the first sheet is "Toelichting" with the monitor's own name, Peildatum, deadline and
 * address; every cell to fill in (unlocked) has an input prompt; the header cells name their fill and a dark
 * font; a row with wrapped text is tall enough for it. A definition's own texts (help of a question, the
 * deadline and address) end up where the coordinator reads them.
 */
import path from "node:path";
import { buildTemplate } from "../../src/core/engine/template";
import { builtInMonitors, type Monitor } from "../../src/core/model";
import { writeWorkbookFile } from "../../src/xlsx/files";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { runPython, tempDir } from "../helpers/files";

jest.setTimeout(120_000);

const READ = `
import sys, json, math, warnings, openpyxl
from openpyxl.utils.cell import range_boundaries
warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])
first = wb.worksheets[0]
out = {"sheets": wb.sheetnames, "guide": [c.value for c in first["A"] if c.value], "tables": {}}
for ws in wb.worksheets[1:]:
    if ws.sheet_state != "visible":
        continue
    prompts = {}
    for dv in ws.data_validations.dataValidation:
        for rng in str(dv.sqref).split():
            c1, r1, c2, r2 = range_boundaries(rng)
            for r in range(r1, r2 + 1):
                for k in range(c1, c2 + 1):
                    prompts[(r, k)] = (bool(dv.showInputMessage), dv.promptTitle or "", dv.prompt or "")
    inputs, missing, sample = 0, [], {}
    for row in ws.iter_rows(min_row=2):
        for c in row:
            if c.protection.locked is False:
                inputs += 1
                p = prompts.get((c.row, c.column))
                if not p or not p[0] or p[2].strip() == "":
                    missing.append(c.coordinate)
                else:
                    sample[c.coordinate] = [p[1], p[2]]
    headers = []
    for c in ws[1]:
        fill = c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type == "solid" else None
        headers.append([c.value, fill, c.font.color.rgb if c.font.color is not None else None, bool(c.font.b)])
    # A wrapped text needs at least one line of 12 points per (text length / 1.4 letters per width unit).
    # A <col> element may cover several columns (min..max): openpyxl keys it by its first column only.
    widths = {}
    for dim in list(ws.column_dimensions.values()):
        if dim.min is not None and dim.width:
            for k in range(dim.min, (dim.max or dim.min) + 1):
                widths[k] = dim.width
    short = []
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.alignment.wrap_text:
                w = widths.get(c.column, 8.43)
                lines = math.ceil(len(c.value) / (1.4 * w))
                h = ws.row_dimensions[c.row].height or 15
                if h < lines * 12:
                    short.append(c.coordinate)
    out["tables"][ws.title] = {"inputs": inputs, "missing": missing, "headers": headers, "short": short,
                               "sample": sample}
print(json.dumps(out))
`;

interface Read {
  sheets: string[];
  guide: string[];
  tables: Record<
    string,
    {
      inputs: number;
      missing: string[];
      headers: [string, string | null, string | null, boolean][];
      short: string[];
      sample: Record<string, [string, string]>;
    }
  >;
}

const dir = tempDir("regiomonitor-standard-workbook-");

async function written(def: Monitor, name: string): Promise<Read> {
  const file = path.join(dir, name);
  await writeWorkbookFile(templateWorkbook(buildTemplate(def)), file);
  const r = runPython(READ, [file]);
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Read;
}

test.each(builtInMonitors().map((d) => [d.id, d] as const))(
  "%s: Toelichting first, a prompt on every input cell, visible headers, rows tall enough",
  async (id, def) => {
    const wb = await written(def, `${id}.xlsx`);
    expect(wb.sheets[0]).toBe("Toelichting");
    expect(wb.guide[0]).toBe(def.naam);
    for (const heading of [
      "Wat is dit?",
      "Wie vult de werkmap in?",
      "De peildatum",
      "Inleveren",
      "Zo vult u de werkmap in",
      "Zo controleert u de werkmap",
      "Wat de kleuren betekenen",
    ])
      expect(wb.guide).toContain(heading);
    const tables = Object.entries(wb.tables);
    expect(tables.length).toBeGreaterThan(0);
    for (const [sheet, t] of tables) {
      // Every table has cells to fill in, except a fixed list (the members of the units).
      if (t.inputs === 0) expect(t.headers.map((h) => h[0])).toContain("Naam");
      expect({ sheet, missing: t.missing }).toEqual({ sheet, missing: [] });
      expect({ sheet, short: t.short }).toEqual({ sheet, short: [] });
      // The header's fill is the light blue of every header (FILL_COLOURS.kop) with black bold text.
      for (const [text, fill, font, bold] of t.headers)
        expect({ sheet, text, fill, font, bold }).toEqual({
          sheet,
          text,
          fill: "FFDDEBF7",
          font: "FF000000",
          bold: true,
        });
    }
  },
);

test("the definition's own texts: deadline, address, who fills in, and a question's help as its prompt", async () => {
  const rak = builtInMonitors().find((d) => d.id === "rak-2008-2010")!;
  const vragen = rak.tabellen.find((t) => t.id === "vragenlijst")!;
  if (vragen.vorm !== "rijen") throw new Error("vragenlijst is a rows table");
  const def: Monitor = {
    ...rak,
    toelichting: {
      invullers: "de regiocoördinator huiselijk geweld",
      inleverdatum: "2011-02-15",
      inleverenBij: "monitor@voorbeeld.nl",
    },
    tabellen: rak.tabellen.map((t) =>
      t === vragen
        ? {
            ...vragen,
            rijen: vragen.rijen.map((r, i) =>
              i === 0 ? { ...r, hulptekst: "Tel alleen de aangestelde coördinator mee." } : r,
            ),
          }
        : t,
    ),
  };
  const wb = await written(def, "rak-eigen.xlsx");
  expect(wb.guide).toContain("De regiocoördinator huiselijk geweld.");
  expect(wb.guide).toContain("Lever de werkmap in vóór 15-02-2011.");
  expect(wb.guide).toContain(
    "Stuur de ingevulde werkmap naar monitor@voorbeeld.nl. Verander de naam van het bestand en de bladen niet.",
  );
  // The first question's answer cell (row 2; the answer column D): its help, then how to answer.
  const first = wb.tables.Vragenlijst.sample.D2;
  expect(first[1]).toBe(
    "Tel alleen de aangestelde coördinator mee. Kies een antwoord uit de keuzelijst (het pijltje naast de cel).",
  );
  expect(first[0]).toBe("Antwoord");
});
