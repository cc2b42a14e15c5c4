import { createFakeExcel } from "../fake-excel/fake-excel";
import { SheetNameTakenError } from "../../src/excel";
import { createOfficeHost, NoExcelError, workbookName } from "../../src/taskpane/office-host";
import { allWantedSources } from "../../src/taskpane/features/check/workbook";
import { buildTemplate } from "../../src/core/engine/template";
import { DEF } from "../helpers/inputs";

const tick = () => new Promise((r) => setTimeout(r, 0));

test("the workbook name comes from Office's document url, else 'Deze werkmap'", () => {
  expect(
    workbookName({
      context: { document: { url: "https://x.sharepoint.com/Gedeelde%20documenten/Gouda%202011.xlsx" } },
    }),
  ).toBe("Gouda 2011.xlsx");
  expect(workbookName({ context: { document: { url: "C:\\Users\\rc\\Regio Gouda.xlsx" } } })).toBe(
    "Regio Gouda.xlsx",
  );
  expect(workbookName({ context: { document: { url: "" } } })).toBe("Deze werkmap");
  expect(workbookName(undefined)).toBe("Deze werkmap");
});

test("outside Excel every call fails with a Dutch message, never a crash", async () => {
  const host = createOfficeHost(undefined, undefined);
  const e = await host.readWorkbook(allWantedSources()).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(NoExcelError);
  expect(host.describeError(e)).toEqual({
    bericht: expect.stringMatching(/^Dit taakvenster werkt alleen in Excel/),
    geweigerd: false,
  });
  const errors: unknown[] = [];
  const off = host.onChanged(
    allWantedSources(),
    () => undefined,
    (x) => errors.push(x),
  );
  await tick();
  expect(errors[0]).toBeInstanceOf(NoExcelError);
  off();
});

test("refusals and Office errors are described in Dutch", () => {
  const host = createOfficeHost(createFakeExcel().Excel, undefined);
  const refused = host.describeError(new SheetNameTakenError("Samenvatting"));
  expect(refused.geweigerd).toBe(true);
  expect(refused.bericht).toMatch(/Er staat al een blad 'Samenvatting'/);
  const edit = host.describeError(Object.assign(new Error("x"), { code: "InvalidOperationInCellEditMode" }));
  expect(edit).toEqual({
    bericht: expect.stringMatching(/^Excel is bezig met het bewerken van een cel/),
    geweigerd: false,
  });
});

test("on the fake Excel: read, insert, listen to the standard tables and stop listening", async () => {
  const fake = createFakeExcel();
  const host = createOfficeHost(fake.Excel, { context: { document: { url: "Regio.xlsx" } } });
  const empty = await host.readWorkbook(allWantedSources());
  expect(empty).toMatchObject({ bestand: "Regio.xlsx", definitie: null, grids: [] });

  await host.insertTemplate(buildTemplate(DEF, { eenheid: "Gouda", meetmoment: "Startfoto" }));
  fake.stats.reset();
  const input = await host.readWorkbook(allWantedSources());
  expect(fake.stats.syncs).toBe(2);
  expect(input.definitie).toEqual({ id: DEF.id, versie: DEF.versie });
  expect(input.grids.map((g) => g.table)).toEqual(["tblRegio", "tblMijlpalen", "tblVragenlijst"]);

  let calls = 0;
  const off = host.onChanged(allWantedSources(), () => (calls += 1));
  for (let i = 0; i < 10 && fake.state.handlerCount() < 3; i++) await tick();
  expect(fake.state.handlerCount()).toBe(3);
  await fake.state.fireChanged("Vragenlijst", "D2");
  expect(calls).toBe(1);
  off();
  for (let i = 0; i < 10 && fake.state.handlerCount() > 0; i++) await tick();
  expect(fake.state.handlerCount()).toBe(0);

  await host.selectCell("Mijlpalen", "C4");
  expect(fake.state.selection).toEqual({ sheet: "Mijlpalen", address: "C4" });
});

test("stopping before the registration finished still unregisters", async () => {
  const fake = createFakeExcel();
  const host = createOfficeHost(fake.Excel, undefined);
  await host.insertTemplate(buildTemplate(DEF));
  const off = host.onChanged(allWantedSources(), () => undefined);
  off();
  for (let i = 0; i < 20; i++) await tick();
  expect(fake.state.handlerCount()).toBe(0);
});
