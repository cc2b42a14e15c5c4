/**
 * Browser test of "Reeks van metingen" in the Landelijk overzicht (headless Chromium on the fake Excel host):
 * two small RAK rounds written by hand (below) and aggregated by the command line are picked in the pane, the
 * later one first and as JSON, the earlier one as its national workbook. The pane writes the series sheets into
 * the open workbook, the rounds in order of peildatum; the figures of M1 per round are counted by hand from
 * ROUNDS. A regional workbook among the rounds is refused, in Dutch, and nothing is written.
 */
import { onFake } from "./harness";
import { usePane } from "./pane-fixture";
import { aggregateRound } from "../helpers/files";
import { buildTemplate } from "../../src/core/engine/template";
import { defaultMonitor } from "../../src/core/model";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";

const RAK = defaultMonitor();
const GEREED = "Gereed / in uitvoering";
/** Per round: meetmoment, peildatum and region → M1 status. */
const ROUNDS = {
  start: {
    meetmoment: "Startfoto",
    peildatum: "31-12-2008",
    m1: { Alkmaar: GEREED, Almere: "Niet gestart" },
  },
  eind: {
    meetmoment: "Eindfoto",
    peildatum: "15-01-2011",
    m1: { Alkmaar: GEREED, Almere: GEREED, Amersfoort: GEREED },
  },
};

const p = (f: string) => pane.file(f);

const pane = usePane({
  what: "de browsertest van een reeks",
  folder: "regiomonitor-reeks-pane",
  prepare: async () => {
    for (const [naam, round] of Object.entries(ROUNDS)) {
      for (const [regio, m1] of Object.entries(round.m1))
        await writeWorkbookFile(
          templateWorkbook(
            buildTemplate(RAK, {
              eenheid: regio,
              vul: {
                velden: { Meetmoment: round.meetmoment, Peildatum: round.peildatum, "Ingevuld door": "Test" },
                rijen: { mijlpalen: { M1: { status: m1 } } },
              },
            }),
          ),
          p(`${naam}/${regio}.xlsx`),
        );
      aggregateRound(p(naam), p(`${naam}.xlsx`), p(`${naam}.json`));
    }
  },
});

test("a regional workbook among the rounds is refused, in Dutch; nothing is written", async () => {
  const page = pane.page;
  await page.goto(`${pane.origin}/taskpane.html`);
  await page.getByRole("tab", { name: "Landelijk overzicht" }).click();
  await page.getByRole("heading", { name: "Reeks van metingen" }).waitFor();
  await page.getByTestId("reeks-bestanden").setInputFiles([p("eind.json"), p("start/Almere.xlsx")]);
  await page.locator("[data-testid='reeks'][data-status='ongeldig']").waitFor({ timeout: 30_000 });
  expect(await page.getByTestId("reeks-fouten").innerText()).toContain(
    "Almere.xlsx is een werkmap om in te vullen (of een ingevulde werkmap van één eenheid), geen landelijke meting",
  );
  expect(await onFake(page, (api) => api.sheetNames())).not.toContain("Reeks");
  expect(pane.session.pageErrors).toEqual([]);
}, 60_000);

test("two rounds give the series sheets in this workbook, in order of peildatum, with M1 per round", async () => {
  const page = pane.page;
  await page.getByTestId("reeks-bestanden").setInputFiles([p("eind.json"), p("start.xlsx")]);
  const done = page.locator(
    "[data-testid='reeks'][data-status='klaar'], [data-testid='reeks'][data-status='ongeldig'], [data-testid='reeks'][data-status='niet-geschreven']",
  );
  await done.waitFor({ timeout: 60_000 });
  // Klaar, and not refused or failed: the section's text says why otherwise.
  const outcome = { status: await done.getAttribute("data-status"), text: await done.innerText() };
  const errors = await onFake(page, (api) => api.requestErrors());
  expect(
    outcome.status === "klaar" ? "klaar" : `${outcome.status}: ${outcome.text} ${JSON.stringify(errors)}`,
  ).toBe("klaar");
  const notice = await page.getByTestId("reeks-uitslag").innerText();
  expect(notice).toContain("2 metingen op volgorde van peildatum (Startfoto → Eindfoto)");
  expect(notice).toContain("De definitie is in alle metingen gelijk.");

  const names = await onFake(page, (api) => api.sheetNames());
  expect(names).toEqual(expect.arrayContaining(["Reeks", "Reeks mijlpalen"]));
  const rows = (await onFake(page, (api) => api.valuesOf("Reeks mijlpalen", "A1:E60"))) as unknown[][];
  const at = rows.findIndex((r) => String(r[0]).startsWith("M1 "));
  expect(rows[at + 1].slice(0, 3)).toEqual(["Meting", "Peildatum", "Gerealiseerd"]);
  // M1 gerealiseerd: Alkmaar in the Startfoto (1); Alkmaar, Almere and Amersfoort in the Eindfoto (3).
  expect(rows[at + 2].slice(0, 3)).toEqual(["1. Startfoto", "31-12-2008", 1]);
  expect(rows[at + 3].slice(0, 3)).toEqual(["2. Eindfoto", "15-01-2011", 3]);
  expect(pane.session.pageErrors).toEqual([]);
}, 120_000);
