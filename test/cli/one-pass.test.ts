/**
 * One pass per file: `check` and `aggregate` read each input file's bytes once. Counted by a spy on the zip
 * guard every read of a package starts with (`guardXlsx`: any read of a file, through whatever function,
 * passes there), each call told apart by the bytes it was given; and by a spy on the one reader's entry.
 */
import { writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import ExcelJS from "exceljs";
import * as reader from "../../src/xlsx/read-xlsx";
import * as zipGuard from "../../src/xlsx/zip-guard";
import { main } from "../../src/cli/dispatch";
import type { Io } from "../../src/cli/args";
import { buildTemplate } from "../../src/core/engine/template";
import { builtInMonitors } from "../../src/core/model";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { sha256, tempDir } from "../helpers/files";
import { DEF } from "../helpers/inputs";

let dir: string;
/** The inputs, by file name: what each one is. */
const FILES: Record<string, () => Promise<Uint8Array>> = {
  // Two empty standard workbooks of the default monitor (its definition recorded).
  "Leiden.xlsx": async () => templateWorkbook(buildTemplate(DEF, { eenheid: "Leiden" })),
  "Gouda.xlsx": async () => templateWorkbook(buildTemplate(DEF, { eenheid: "Gouda" })),
  // A workbook of another monitor (an action monitor, its definition recorded).
  "acties.xlsx": async () => templateWorkbook(buildTemplate(builtInMonitors().find((d) => !d.eenheden)!)),
  // A workbook of another program: one sheet "Begroting" with two rows, no monitor recorded.
  "begroting.xlsx": async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Begroting").addRows([
      ["Post", "Bedrag"],
      ["Huur", 1200],
    ]);
    return Buffer.from(await wb.xlsx.writeBuffer());
  },
};

/** The files by the hash of their bytes. */
const byHash = new Map<string, string>();

beforeAll(async () => {
  dir = tempDir("regiomonitor-one-pass-");
  for (const [name, make] of Object.entries(FILES)) {
    const file = path.join(dir, name);
    writeFileSync(file, await make());
    byHash.set(sha256(file), name);
  }
  expect(byHash.size).toBe(Object.keys(FILES).length);
});

function spies() {
  const read = jest.spyOn(reader, "readWorkbook");
  const guard = jest.spyOn(zipGuard, "guardXlsx");
  const io: Io & { text: string[] } = {
    text: [],
    out: (s) => io.text.push(s),
    err: (s) => io.text.push(s),
  };
  /** How often each file's bytes were opened as a package, by file name. */
  const reads = () => {
    const n: Record<string, number> = {};
    for (const [buf] of guard.mock.calls) {
      const name = byHash.get(createHash("sha256").update(buf).digest("hex")) ?? "?";
      n[name] = (n[name] ?? 0) + 1;
    }
    return n;
  };
  return { read, guard, io, reads };
}

afterEach(() => jest.restoreAllMocks());

test.each(Object.keys(FILES))("check %s parses the file once", async (name) => {
  const s = spies();
  const code = await main(["check", path.join(dir, name)], s.io);
  expect(s.reads()).toEqual({ [name]: 1 });
  expect(s.read).toHaveBeenCalledTimes(1);
  // What each is: an empty return has errors (1), another monitor's is refused (1), a foreign one is named (2).
  expect([name, code]).toEqual([name, name === "begroting.xlsx" ? 2 : 1]);
});

test("aggregate over the folder parses each of the 4 files once", async () => {
  const s = spies();
  const out = path.join(tempDir(), "landelijk.xlsx");
  const code = await main(["aggregate", dir, "-o", out], s.io);
  expect(s.reads()).toEqual({ "Leiden.xlsx": 1, "Gouda.xlsx": 1, "acties.xlsx": 1, "begroting.xlsx": 1 });
  expect(s.read).toHaveBeenCalledTimes(4);
  // The round is the default monitor's (2 of the 3 readable workbooks recorded it). Every file of it, and the
  // foreign one, has its line; the action monitor's file is named once, in the group message.
  expect(code).toBe(1);
  expect(s.io.text.filter((l) => /^\[\d\/4\] /.test(l)).map((l) => l.split(":")[0])).toEqual([
    "[1/4] Gouda.xlsx",
    "[2/4] Leiden.xlsx",
    "[4/4] begroting.xlsx",
  ]);
  expect(s.io.text.filter((l) => l.includes("acties.xlsx"))).toHaveLength(1);
});
