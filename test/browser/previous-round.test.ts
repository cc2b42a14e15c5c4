/**
 * Browser test of "Vorige ronde" in the region view (headless Chromium on the fake Excel host, as
 * taskpane.test.ts): a small RAK startfoto round written by hand (below) and aggregated by the command line is
 * loaded in the pane of an empty workbook. The inserted Eindfoto workbook of Almere carries Almere's
 * startfoto answers beside the right items and its contact field filled in; the check lists what changed
 * since, before and after typing; the Samenvatting sets each answer beside the round's national counts and
 * the previous answer. A regional workbook is refused as a round, in Dutch. Every expected figure is counted
 * by hand from ROUND.
 */
import * as path from "path";
import { onFake } from "./harness";
import { usePane } from "./pane-fixture";
import { aggregateRound } from "../helpers/files";
import { buildTemplate } from "../../src/core/engine/template";
import { defaultMonitor } from "../../src/core/model";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";

const RAK = defaultMonitor();
const GEREED = "Gereed / in uitvoering";
/** The startfoto (peildatum 31-12-2008): region → M1 status, V1 answer, Ingevuld door. Nothing else answered. */
const ROUND: Record<string, [string, string, string]> = {
  Alkmaar: [GEREED, "Alle", "A. de Vries"],
  Almere: ["Niet gestart", "Geen", "B. Jansen"],
};
const HEADING = "Vorige ronde: Startfoto, peildatum 31-12-2008";

let roundJson = "";
let regional = "";

const pane = usePane({
  what: "de browsertest van de vorige ronde",
  folder: "regiomonitor-vorige-pane",
  prepare: async (tmp) => {
    for (const [regio, [m1, v1, door]] of Object.entries(ROUND))
      await writeWorkbookFile(
        templateWorkbook(
          buildTemplate(RAK, {
            eenheid: regio,
            vul: {
              velden: { Meetmoment: "Startfoto", Peildatum: "31-12-2008", "Ingevuld door": door },
              rijen: { mijlpalen: { M1: { status: m1 } }, vragenlijst: { V1: { antwoord: v1 } } },
            },
          }),
        ),
        path.join(tmp, "start", `${regio}.xlsx`),
      );
    regional = path.join(tmp, "start", "Almere.xlsx");
    roundJson = path.join(tmp, "landelijk-startfoto.json");
    aggregateRound(path.join(tmp, "start"), path.join(tmp, "landelijk-startfoto.xlsx"), roundJson);
  },
});

test("a regional workbook is refused as a previous round, in Dutch", async () => {
  const page = pane.page;
  await page.goto(`${pane.origin}/taskpane.html`);
  await page.getByRole("heading", { name: "Standaardwerkmap invoegen" }).waitFor();
  await page.getByTestId("vorige-ronde-bestand").setInputFiles(regional);
  await page.locator("[data-testid='vorige-ronde'][data-status='ongeldig']").waitFor({ timeout: 30_000 });
  expect(await page.getByTestId("vorige-ronde-fouten").innerText()).toContain(
    "Almere.xlsx is een werkmap om in te vullen (of een ingevulde werkmap van één eenheid), geen landelijke meting",
  );
  expect(pane.session.pageErrors).toEqual([]);
}, 60_000);

test("the inserted workbook carries Almere's startfoto answers beside the right items", async () => {
  const page = pane.page;
  await page.getByTestId("vorige-ronde-bestand").setInputFiles(roundJson);
  await page.locator("[data-testid='vorige-ronde'][data-status='geladen']").waitFor({ timeout: 30_000 });
  // The round as the pane names it: its meetmoment, peildatum and 2 of the 37 regions.
  expect(await page.getByTestId("vorige-ronde-naam").innerText()).toBe(
    "Geladen: landelijk-startfoto.json (Startfoto, peildatum 31-12-2008, 2 van 37 regio's).",
  );
  await page.getByLabel("Regio").selectOption("Almere");
  await page.getByRole("radio", { name: "Eindfoto" }).check();
  await page.getByRole("textbox", { name: /Peildatum/ }).fill("15-01-2011");
  expect(await page.getByTestId("vorige-ronde-uitleg").innerText()).toContain(
    "Naast elk onderdeel komt het antwoord van Almere uit de vorige ronde (Startfoto, peildatum 31-12-2008).",
  );
  await page.getByRole("button", { name: "Standaardwerkmap invoegen" }).click();
  await page.getByRole("button", { name: "Controleren" }).waitFor({ timeout: 30_000 });

  const got = await onFake(page, (api) => ({
    regio: api.valuesOf("Regio", "A1:D7"),
    mijlpalen: api.valuesOf("Mijlpalen", "A1:H8"),
    vragen: api.valuesOf("Vragenlijst", "A1:G3"),
  }));
  // Regio: the table in A–B, the previous answers in D; Ingevuld door filled in as the starting value.
  expect(got.regio[0][3]).toBe(HEADING);
  expect(got.regio[4]).toEqual(["Ingevuld door", "B. Jansen", null, "B. Jansen"]);
  expect(got.regio[1].slice(0, 2)).toEqual(["Regio", "Almere"]);
  expect(got.regio[1][3]).toBeNull();
  // Mijlpalen: the table in A–F, the previous answers in H; the status itself is not filled in.
  expect(got.mijlpalen[0][7]).toBe(HEADING);
  expect([got.mijlpalen[1][0], got.mijlpalen[1][2], got.mijlpalen[1][7]]).toEqual([
    "M1",
    null,
    "Niet gestart",
  ]);
  // M2 … M7 were not answered in the startfoto.
  expect(got.mijlpalen.slice(2).map((r) => r[7])).toEqual([null, null, null, null, null, null]);
  // Vragenlijst: the table in A–E, the previous answers in G.
  expect(got.vragen[0][6]).toBe(HEADING);
  expect([got.vragen[1][0], got.vragen[1][3], got.vragen[1][6]]).toEqual(["V1", null, "Geen"]);
  expect(pane.session.pageErrors).toEqual([]);
}, 120_000);

test("the check lists what changed since the startfoto, before and after typing", async () => {
  const page = pane.page;
  const summary = page.getByTestId("sinds-vorige-samenvatting");
  // Nothing typed yet: M1 and V1 are empty now (2 changed), Ingevuld door kept B. Jansen (1 unchanged).
  await page.getByText(`${HEADING} — 2 antwoorden gewijzigd, 1 ongewijzigd:`).waitFor({ timeout: 30_000 });
  expect(await page.getByTestId("sinds-vorige-wijzigingen").innerText()).toContain("Mijlpalen M1");

  await onFake(page, (api) => {
    api.setValue("Mijlpalen", "C2", "Gereed / in uitvoering");
    api.setValue("Vragenlijst", "D2", "Geen");
    return api.changed("Vragenlijst", "D2");
  });
  await page.getByText(`${HEADING} — 1 antwoord gewijzigd, 2 ongewijzigd:`).waitFor({ timeout: 30_000 });
  expect(await summary.innerText()).toBe(`${HEADING} — 1 antwoord gewijzigd, 2 ongewijzigd:`);
  const changes = await page.getByTestId("sinds-vorige-wijzigingen").locator("li").allInnerTexts();
  expect(changes).toEqual([
    `Mijlpalen M1 Intentieverklaring en regionale projectstructuur met stuurgroep: Niet gestart → ${GEREED}`,
  ]);
  // A click goes to the cell.
  await page.getByTestId("sinds-vorige-wijzigingen").getByRole("button").click();
  await page.waitForFunction(() => {
    const api = (window as unknown as { __fakeExcelHost__: { selection(): { sheet: string } | null } })
      .__fakeExcelHost__;
    return api.selection()?.sheet === "Mijlpalen";
  });
  expect(await onFake(page, (api) => api.selection())).toEqual({ sheet: "Mijlpalen", address: "C2" });
  expect(pane.session.pageErrors).toEqual([]);
}, 120_000);

test("the Samenvatting sets each answer beside the round's national counts and the previous answer", async () => {
  const page = pane.page;
  await page.getByRole("button", { name: "Samenvatting schrijven" }).click();
  await page.getByText("Samenvatting geschreven").waitFor({ timeout: 30_000 });
  const rows = (await onFake(page, (api) => api.valuesOf("Samenvatting", "A1:I200"))) as unknown[][];
  const head = rows.find((r) => r[0] === "Mijlpaal" && r[3] === "Antwoord of tekst")!;
  // After the answer (D) and the judgement column (E): the national counts, the previous answer and the
  // change; the explanation ("Uitleg") comes last, outside the printed columns.
  expect(head.slice(5, 9)).toEqual([
    "Landelijk: aantal per antwoord",
    "Vorige ronde (Startfoto, peildatum 31-12-2008)",
    "Sinds vorige ronde",
    "Uitleg",
  ]);
  const m1 = rows.find((r) => r[0] === "M1" && r[2] === "Status")!;
  const v1 = rows.find((r) => r[0] === "V1" && r[2] === "Antwoord")!;
  // From ROUND: M1 Gereed 1 (Alkmaar), Niet gestart 1 (Almere), the other 35 regions unknown; V1 likewise.
  expect(m1.slice(3, 8)).toEqual([
    GEREED,
    null,
    `${GEREED} 1 · Niet gestart 1 · Gegevens onbekend 35`,
    "Niet gestart",
    "gewijzigd",
  ]);
  expect(v1.slice(3, 8)).toEqual([
    "Geen",
    null,
    "Alle 1 · Geen 1 · Gegevens onbekend 35",
    "Geen",
    "ongewijzigd",
  ]);
  expect(pane.session.pageErrors).toEqual([]);
}, 120_000);
