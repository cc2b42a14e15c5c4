/**
 * A new workbook with the national sheets: the adapter calls `Excel.createWorkbook(base64)` once, the fake accepts
 * only a real Base64 .xlsx package and records it, and the bytes the pane builds (the one sheet writer, zipped
 * with fflate in the browser) are the same workbook as the command line's (zipped with zlib).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { createExcelHost, NoNewWorkbookError, toBase64, toDutchError } from "../../src/excel";
import { nationalResult, entryFromInput } from "../../src/taskpane/features/import/national";
import { zipParts } from "../../src/taskpane/shared/lazy/zip-write-browser";
import { sheetsXlsx } from "../../src/xlsx/sheet-writer";
import { createFakeExcel, measure } from "../fake-excel/fake-excel";
import { DEF, validInput } from "../helpers/inputs";

/** The national sheets of two valid returns (Gouda, Nijmegen). */
function models() {
  const entries = ["Gouda", "Nijmegen"].map((r) => entryFromInput(validInput(r, `${r}.xlsx`), DEF));
  return nationalResult(entries, DEF).models;
}

/** The bytes the pane sends: the sheet writer's parts, zipped as the browser does. */
function paneBytes(): Uint8Array {
  const parts = unzipSync(sheetsXlsx(models()));
  return zipParts(Object.entries(parts));
}

describe("Excel.createWorkbook", () => {
  test("the adapter makes one call with the Base64 .xlsx; the open workbook is untouched", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Blad1", cells: [["mijn"]] }] });
    const host = createExcelHost(fake.Excel);
    const b64 = toBase64(paneBytes());
    const m = await measure(fake, () => host.createWorkbook(b64));
    expect(m.syncs).toBe(1);
    expect(fake.stats.operations.at(-1)).toEqual(["createWorkbook()"]);
    expect(fake.created).toHaveLength(1);
    expect(fake.created[0].base64).toBe(b64);
    expect(fake.created[0].sheets.map((x) => x.name)).toEqual(models().map((x) => x.name));
    expect(fake.created[0].sheets.filter((x) => x.state === "veryHidden")).toHaveLength(
      models().filter((x) => x.visibility === "veryHidden").length,
    );
    expect(fake.state.sheetNames()).toEqual(["Blad1"]);
  });

  test("the fake refuses what is no Base64 .xlsx, as InvalidArgument", async () => {
    const fake = createFakeExcel();
    const bad = [
      "data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,UEsDBA==",
      "niet base64!",
      btoa("PK\u0003\u0004 geen zip"),
      toBase64(zipParts([["a.txt", "geen werkmap"]])),
      "",
    ];
    for (const b of bad)
      await expect(fake.Excel.createWorkbook(b)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.created).toHaveLength(0);
  });

  test("an Excel without createWorkbook (before ExcelApi 1.8) gets a Dutch refusal with what to do", async () => {
    const fake = createFakeExcel();
    const host = createExcelHost({ run: fake.Excel.run });
    const e = await host.createWorkbook("UEsDBA==").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NoNewWorkbookError);
    expect(toDutchError(e)).toMatch(/Kies 'In deze werkmap'/);
  });

  test("the pane's bytes hold the same parts as the command line's, and openpyxl opens them", () => {
    const cli = unzipSync(sheetsXlsx(models()));
    const pane = unzipSync(paneBytes());
    expect(Object.keys(pane)).toEqual(Object.keys(cli));
    expect(Object.keys(pane)[0]).toBe("[Content_Types].xml");
    for (const k of Object.keys(cli)) expect(strFromU8(pane[k])).toBe(strFromU8(cli[k]));

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "regiomonitor-nieuw-"));
    try {
      const file = path.join(dir, "landelijk.xlsx");
      fs.writeFileSync(file, paneBytes());
      const out = execFileSync(
        "/usr/bin/python3",
        [
          "-W",
          "ignore",
          "-c",
          "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); print('|'.join(wb.sheetnames))",
          file,
        ],
        { encoding: "utf8" },
      );
      expect(out.trim()).toBe(
        models()
          .map((x) => x.name)
          .join("|"),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
