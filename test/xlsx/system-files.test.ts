/**
 * An import folder as people have them: besides the returns, Excel's lock file of a workbook someone has open
 * (`~$Naam.xlsx`), Windows' `desktop.ini` and `Thumbs.db`, macOS' `.DS_Store` and `._Naam.xlsx`. These are not
 * returns: they are not read, not listed as skipped, and the exit code stays 0.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { expandInputs, isSystemFile } from "../../src/xlsx/files";
import { runCli, tempDir } from "../helpers/files";
import { filledModel } from "../helpers/inputs";

const SYSTEM = [
  "~$Regiomonitor-Utrecht.xlsx",
  "desktop.ini",
  "Thumbs.db",
  ".DS_Store",
  "._Regiomonitor-Leiden.xlsx",
];

test("aggregate over a folder with lock and system files exits 0 and counts only the returns", async () => {
  const dir = tempDir("regiomonitor-map-");
  for (const regio of ["Leiden", "Utrecht"]) {
    writeFileSync(path.join(dir, `Regiomonitor-${regio}.xlsx`), templateWorkbook(filledModel(regio)));
  }
  // An Excel lock file: 165 bytes, the user name in it; the others as the systems write them.
  writeFileSync(
    path.join(dir, SYSTEM[0]),
    Buffer.concat([Buffer.from([8]), Buffer.from("J. Jansen".padEnd(164, " "))]),
  );
  writeFileSync(
    path.join(dir, SYSTEM[1]),
    "[.ShellClassInfo]\r\nIconResource=C:\\Windows\\System32\\imageres.dll,-3\r\n",
  );
  writeFileSync(
    path.join(dir, SYSTEM[2]),
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  );
  writeFileSync(path.join(dir, SYSTEM[3]), Buffer.from("\0\0\0\x01Bud1"));
  writeFileSync(path.join(dir, SYSTEM[4]), Buffer.from("\0\x05\x16\x07\0\x02\0\0Mac OS X"));

  const { files } = await expandInputs([dir]);
  expect(files.map((f) => path.basename(f))).toEqual([
    "Regiomonitor-Leiden.xlsx",
    "Regiomonitor-Utrecht.xlsx",
  ]);

  const out = path.join(tempDir(), "landelijk.xlsx");
  const json = out.replace(".xlsx", ".json");
  const r = runCli(["aggregate", dir, "-o", out, "--json", json]);
  expect(r.stderr).not.toMatch(/overgeslagen|desktop|Thumbs|DS_Store|~\$/);
  expect(r.code).toBe(0);
  const national = JSON.parse(readFileSync(json, "utf8"));
  expect(national.bestanden.map((b: { bestand: string; status: string }) => [b.bestand, b.status])).toEqual([
    ["Regiomonitor-Leiden.xlsx", "meegeteld"],
    ["Regiomonitor-Utrecht.xlsx", "meegeteld"],
  ]);
});

test("which names are system files", () => {
  for (const n of SYSTEM) expect([n, isSystemFile(n)]).toEqual([n, true]);
  for (const n of ["DESKTOP.INI", "thumbs.db"]) expect(isSystemFile(n)).toBe(true);
  for (const n of ["Regiomonitor-Utrecht.xlsx", "desktop.ini.xlsx", "$Regio.xlsx", "a~$b.xlsx"])
    expect([n, isSystemFile(n)]).toEqual([n, false]);
});

test("a lock file named on the command line is still read (and refused with its reason): only folders filter", async () => {
  const dir = tempDir("regiomonitor-lock-");
  const lock = path.join(dir, "~$Werkmap.xlsx");
  writeFileSync(lock, Buffer.from("J. Jansen"));
  expect((await expandInputs([lock])).files).toEqual([lock]);
});
