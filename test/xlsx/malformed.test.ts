/**
 * Malformed or incomplete packages: a clear Dutch reason naming the file and the part, and what to do;
 * never silent emptiness, never a crash.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { UnreadableFileError } from "../../src/xlsx/unreadable";
import { wantedSources } from "../../src/core/engine/read";
import { DEF, filledModel } from "../helpers/inputs";

let parts: Record<string, Uint8Array>;
beforeAll(async () => {
  parts = unzipSync(new Uint8Array(templateWorkbook(filledModel("Leiden"))));
});

function variant(edits: Record<string, ((xml: string) => string) | null>): Uint8Array {
  const out: Record<string, Uint8Array> = {};
  for (const [n, d] of Object.entries(parts)) {
    if (!(n in edits)) out[n] = d;
    else if (edits[n]) out[n] = strToU8(edits[n]!(strFromU8(d)));
  }
  return zipSync(out);
}

async function reason(buf: Uint8Array): Promise<string> {
  try {
    await readXlsx(buf, wantedSources(DEF), "Leiden.xlsx");
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableFileError);
    expect((e as Error).message.startsWith("Leiden.xlsx: ")).toBe(true);
    return (e as UnreadableFileError).reden;
  }
  throw new Error("read without complaint");
}

const WHAT_TO_DO =
  "Open het bestand in Excel, sla het op als 'Excel-werkmap (*.xlsx)' en lever het opnieuw aan";

test.each([
  [
    "a worksheet cut off halfway",
    { "xl/worksheets/sheet2.xml": (x: string) => x.slice(0, x.length / 2) },
    "xl/worksheets/sheet2.xml",
    "de XML is ongeldig",
  ],
  [
    "a tag that does not close",
    { "xl/worksheets/sheet3.xml": (x: string) => x.replace("</sheetData>", "") },
    "xl/worksheets/sheet3.xml",
    "de XML is ongeldig",
  ],
  [
    "an unbound prefix",
    {
      "xl/workbook.xml": (x: string) =>
        x.replace("<sheets>", "<q:sheets>").replace("</sheets>", "</q:sheets>"),
    },
    "xl/workbook.xml",
    "unbound namespace prefix",
  ],
  [
    "a worksheet part that is missing",
    { "xl/worksheets/sheet4.xml": null },
    "xl/worksheets/sheet4.xml",
    "dit onderdeel ontbreekt",
  ],
  [
    "the shared strings missing",
    { "xl/sharedStrings.xml": null },
    "xl/sharedStrings.xml",
    "dit onderdeel ontbreekt",
  ],
  [
    "the shared strings not related",
    {
      "xl/sharedStrings.xml": null,
      "xl/_rels/workbook.xml.rels": (x: string) => x.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ""),
    },
    // The recorded definition's sheet is read first (it says which tables to read).
    "xl/worksheets/sheet6.xml",
    "gedeelde tekst nummer",
  ],
  [
    "a worksheet in another namespace",
    {
      "xl/worksheets/sheet2.xml": (x: string) =>
        x.replace(
          'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
          'xmlns="urn:iets-anders"',
        ),
    },
    "xl/worksheets/sheet2.xml",
    "dit is geen werkblad",
  ],
  [
    "a number that is not one",
    {
      "xl/worksheets/sheet2.xml": (x: string) =>
        x.replace(/(<c r="B4" s="\d+">)<v>[^<]*<\/v>/, "$1<v>twee</v>"),
    },
    "xl/worksheets/sheet2.xml",
    "cel B4: 'twee' is geen getal",
  ],
  [
    "an entity the XML does not define",
    { "xl/sharedStrings.xml": (x: string) => x.replace("<t>Leiden</t>", "<t>&bom;</t>") },
    "xl/sharedStrings.xml",
    "de XML is ongeldig",
  ],
])("%s", async (_what, edits, part, detail) => {
  const r = await reason(variant(edits));
  expect(r).toContain(`het onderdeel '${part}' van de werkmap is niet te lezen`);
  expect(r).toContain(detail);
  expect(r).toContain(WHAT_TO_DO);
});

test("a DOCTYPE with entity definitions (billion laughs) is refused, not expanded", async () => {
  const laughs = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>`;
  const r = await reason(
    variant({
      "xl/sharedStrings.xml": (x: string) =>
        laughs + x.replace(/^<\?xml[^>]*\?>/, "").replace("<t>Leiden</t>", "<t>&b;</t>"),
    }),
  );
  expect(r).toContain("het onderdeel 'xl/sharedStrings.xml'");
});

test("a workbook without any worksheet part it names reads as no sheets, and the core says which sheet is missing", async () => {
  const input = await readXlsx(
    variant({
      "xl/_rels/workbook.xml.rels": (x: string) =>
        x
          .replace(/worksheets\/sheet3\.xml/, "worksheets/sheet3.xml")
          .replace(/\/relationships\/worksheet"(?=[^>]*sheet3)/, '/relationships/chartsheet"'),
    }),
    wantedSources(DEF),
    "x.xlsx",
  );
  expect(input.bladen).not.toContain("Mijlpalen");
  expect(input.grids.map((g) => g.sheet)).toEqual(["Regio", "Vragenlijst"]);
});
