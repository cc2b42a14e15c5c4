/** Tolerant reading of an action workbook: a table turned into a range, moved columns, header case, extra columns. */
import path from "node:path";
import ExcelJS from "exceljs";
import { taskforce2013Fill } from "../../src/examples/fills";
import { tempDir } from "../helpers/files";
import { actionOf, checkFile, csvText, DEF_2013, writeAndCheck } from "./helpers";

test("a plain range with moved columns, other header case and an extra column gives the same judgement", async () => {
  const dir = tempDir("acties-lezen-");
  const fill = taskforce2013Fill(DEF_2013, csvText("taskforce-acties-2013.csv"));
  const standard = await writeAndCheck(DEF_2013, fill, path.join(dir, "standaard.xlsx"));

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "standaard.xlsx"));
  const src = wb.getWorksheet("Acties")!;
  const rows: unknown[][] = [];
  src.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  // A new workbook: the data as a plain range on sheet "acties", two title rows above, columns reversed,
  // headers in upper case, and an extra column "Opmerking".
  const out = new ExcelJS.Workbook();
  const ws = out.addWorksheet("acties");
  ws.addRow(["Taskforce-monitor 2013"]);
  ws.addRow([]);
  rows.forEach((r, i) => {
    const reversed = [...r].reverse().map((v) => (i === 0 && typeof v === "string" ? v.toUpperCase() : v));
    ws.addRow([...reversed, i === 0 ? "Opmerking" : "x"]);
  });
  const meta = out.addWorksheet("_regiomonitor", { state: "veryHidden" });
  meta.addRow(["definitie", "actiemonitor-2013"]);
  meta.addRow(["versie", "1.0"]);
  const file = path.join(dir, "bereik.xlsx");
  await out.xlsx.writeFile(file);

  const res = await checkFile(file, DEF_2013);
  expect(res.result.ok).toBe(true);
  expect(res.result.issues.map((i) => `${i.code}@${i.cel ?? i.rij}`)).toEqual([
    "tabel_als_bereik@3",
    "kolom_extra@K3",
  ]);
  const judged = (r: typeof res) => r.score!.oordelen.acties.map((j) => [j.sleutel, j.rag, j.uitleg]);
  expect(judged(res)).toHaveLength(25);
  expect(judged(res)).toEqual(judged(standard));
  // The row's source is its main cell (Status, reversed to column D); the key Nr moved to column J.
  expect(actionOf(res, "1").row.bron).toMatchObject({ blad: "acties", cel: "D4" });
  expect(actionOf(res, "1").row.cellen.opleverdatum.bron).toMatchObject({ blad: "acties", cel: "G4" });
});

test("a workbook without the actions sheet or without the Status column cannot be read, and says why", async () => {
  const dir = tempDir("acties-lezen-");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Acties");
  ws.addRow(["Nr", "Actie", "Actiehouder", "Kwaliteitseisen"]);
  ws.addRow(["1", "Multidisciplinaire aanpak ondersteunen en evalueren", "VWS", "Vastgesteld"]);
  wb.addWorksheet("_regiomonitor", { state: "veryHidden" }).addRows([
    ["definitie", "actiemonitor-2013"],
    ["versie", "1.0"],
  ]);
  const file = path.join(dir, "zonder-status.xlsx");
  await wb.xlsx.writeFile(file);
  const res = await checkFile(file, DEF_2013);
  expect(res.result.ok).toBe(false);
  expect(res.score).toBeNull();
  const missing = res.result.issues.filter((i) => i.code === "kolom_ontbreekt").map((i) => i.kolom);
  expect(missing).toEqual([
    "Opleverdatum",
    "Opleverdatum nulmeting",
    "Status",
    "Verschuiving t.o.v. nulmeting",
    "Uitstel t.o.v. nulmeting",
    "Toelichting",
  ]);

  const other = new ExcelJS.Workbook();
  other.addWorksheet("Blad1").addRow(["iets"]);
  other.addWorksheet("_regiomonitor", { state: "veryHidden" }).addRows([
    ["definitie", "actiemonitor-2013"],
    ["versie", "1.0"],
  ]);
  const file2 = path.join(dir, "leeg.xlsx");
  await other.xlsx.writeFile(file2);
  const res2 = await checkFile(file2, DEF_2013);
  expect(res2.result.ok).toBe(false);
  expect(res2.result.issues[0]).toMatchObject({ code: "blad_ontbreekt", blad: "Acties" });
});
