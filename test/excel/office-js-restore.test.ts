/**
 * All or nothing, shown through Microsoft's library: a write that fails halfway leaves the workbook as it was,
 * and a very hidden sheet of the add-in stays very hidden. A real proxy returns the value just set (setter
 * read-back), so an adapter that reads a visibility after setting it restores the wrong one.
 */
import { createExcelHost } from "../../src/excel";
import { OWNED_MARKER, type SheetModel } from "../../src/core/sheet-model";
import { HOST_PROFILES } from "../fake-excel/host-profiles";
import { openOfficeJsExcel } from "../fake-excel/office-js";

const WIN = HOST_PROFILES.find((p) => p.id === "win-current")!;

/** The add-in's very hidden data sheet `Reeksdata`, as the adapter writes it (its A1 says the add-in owns it). */
function dataSheet(value: string): SheetModel {
  return {
    name: "Reeksdata",
    rows: [[{ v: `${OWNED_MARKER} Reeksdata` }], [{ v: value }]],
    widths: [20],
    freezeRows: 0,
    dataBars: [],
    afdruk: { titelRijen: 0, koptekst: "Reeksdata", voettekst: "Reeksdata" },
    visibility: "veryHidden",
  };
}

function seeded() {
  return openOfficeJsExcel(WIN, {
    sheets: [
      { name: "Blad1", cells: [["mijn werk"]] },
      {
        name: "Reeksdata",
        cells: [[`${OWNED_MARKER} Reeksdata`], ["oud"]],
        visibility: "VeryHidden",
      },
    ],
  });
}

test("replacing the very hidden sheet works and keeps it very hidden", async () => {
  const x = seeded();
  try {
    await createExcelHost(x.Excel as never).renderSheets([dataSheet("nieuw")]);
    expect(x.fake.state.sheetNames()).toEqual(["Blad1", "Reeksdata"]);
    expect(x.fake.state.sheet("Reeksdata").visibility).toBe("VeryHidden");
    expect(x.fake.state.cellAt("Reeksdata", "A2").value).toBe("nieuw");
  } finally {
    x.close();
  }
});

test("the library's proxy returns the visibility just set, before any sync (setter read-back)", async () => {
  const x = seeded();
  try {
    const ctx = new x.Excel.RequestContext();
    const ws = ctx.workbook.worksheets.getItem("Reeksdata").load("visibility");
    await ctx.sync();
    expect(ws.visibility).toBe("VeryHidden");
    ws.visibility = "Hidden" as Excel.SheetVisibility;
    expect(ws.visibility).toBe("Hidden");
  } finally {
    x.close();
  }
});

test("a write that fails at deleting the old sheet leaves the very hidden sheet very hidden", async () => {
  const x = seeded();
  try {
    const before = x.fake.state.snapshot();
    x.host.failAtMember("Delete", "GeneralException");
    await expect(createExcelHost(x.Excel as never).renderSheets([dataSheet("nieuw")])).rejects.toMatchObject({
      code: "GeneralException",
    });
    // The failing request did run its first actions (Excel keeps what ran before the failing action).
    expect(x.host.requests.some((r) => r.error === "GeneralException")).toBe(true);
    expect(x.fake.state.sheetNames()).toEqual(["Blad1", "Reeksdata"]);
    expect(x.fake.state.sheet("Reeksdata").visibility).toBe("VeryHidden");
    expect(x.fake.state.cellAt("Reeksdata", "A2").value).toBe("oud");
    expect(x.fake.state.snapshot()).toEqual(before);
  } finally {
    x.close();
  }
});
