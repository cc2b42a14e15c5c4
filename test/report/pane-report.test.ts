/**
 * The report from the task pane (ReportDownload in the Landelijk overzicht), in headless Chromium on the fake
 * Excel host: after an import of two real workbooks the "Rapport maken" button appears; the report chunk is
 * loaded only when it is pressed; the saved file (a Blob link) is byte-identical to what
 * `regiomonitor rapport` writes from `aggregate --json` of the same files; nothing leaves 127.0.0.1.
 *
 * Produces test-artefacts/rapport-knop.png (git-ignored).
 */
import * as fs from "fs";
import * as path from "path";
import { ARTEFACTS } from "../browser/harness";
import { usePane } from "../browser/pane-fixture";
import { runCli } from "../helpers/files";
import { filledModel } from "../helpers/inputs";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";

const files: string[] = [];
let cliHtml = "";

const pane = usePane({
  what: "de browsertest van het rapport",
  folder: "rapport-pane",
  prepare: async (tmp) => {
    const inputs = path.join(tmp, "ingeleverd");
    for (const r of ["Gouda", "Utrecht"]) {
      const f = path.join(inputs, `Regiomonitor-${r}.xlsx`);
      await writeWorkbookFile(templateWorkbook(filledModel(r)), f);
      files.push(f);
    }
    const json = path.join(tmp, "landelijk.json");
    cliHtml = path.join(tmp, "rapport.html");
    expect(runCli(["aggregate", inputs, "-o", path.join(tmp, "landelijk.xlsx"), "--json", json]).code).toBe(
      0,
    );
    expect(runCli(["rapport", json, "-o", cliHtml]).code).toBe(0);
  },
});

test("after an import the pane builds the same report as the command line and offers it to save", async () => {
  const s = pane.session;
  const page = s.page;
  const reportRequests = () => s.requests.filter((u) => /\/report\.[0-9a-f]+\.js$/.test(u));

  await page.goto(`${pane.origin}/taskpane.html`);
  await page.getByRole("tab", { name: "Landelijk overzicht" }).click();
  await page.getByTestId("bestanden").setInputFiles(files);
  const section = page.getByTestId("rapport");
  await section.waitFor({ timeout: 120_000 });
  const button = section.getByRole("button", { name: "Rapport maken" });
  await button.waitFor();
  expect(reportRequests()).toEqual([]);

  await button.click();
  const link = page.getByTestId("rapport-klaar").getByRole("link");
  await link.waitFor({ timeout: 60_000 });
  expect(reportRequests()).toHaveLength(1);
  expect(await link.getAttribute("download")).toBe("rapport-rak-2008-2010-2011-01-15.html");
  expect(await link.innerText()).toBe("rapport-rak-2008-2010-2011-01-15.html opslaan");
  const href = (await link.getAttribute("href"))!;
  expect(href.startsWith("blob:")).toBe(true);
  const html = await page.evaluate(async (u) => (await fetch(u)).text(), href);
  expect(html).toContain("2 van 37 regio&#39;s ontvangen");
  expect(html).toBe(fs.readFileSync(cliHtml, "utf8"));

  await section.scrollIntoViewIfNeeded();
  fs.mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTEFACTS, "rapport-knop.png"), fullPage: false });
  expect(s.external).toEqual([]);
  expect(s.pageErrors).toEqual([]);
}, 600_000);
