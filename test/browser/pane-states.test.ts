/**
 * The pane in plain Dutch, state by state (issue 19 part 5), in Debian's headless Chromium at 340 px wide on the
 * simulated Excel host (harness.ts). In every state the visible text (collapsed sections opened) holds no rule
 * code (a snake_case id such as `op_schema`) and no formula sign (÷ × Σ =, or "+" between words; a colour legend
 * reads "Groen: gereed"); at most one button is primary, and it is the next step. States: the empty workbook (insert
 * the standard workbook), a return not begun, being filled in, with a mistake, klaar (a judgement that is not
 * green is explained), the Landelijk overzicht before and after an import of the 37 example returns and an older
 * duplicate into the open workbook (the overview in the first viewport, a short notice, status badges inside their
 * box, a selected cell explained), and an action-plan workbook (its own words, not a region's).
 *
 * Screenshots of every state: test-artefacts/pane-*.png (git-ignored).
 */
import * as fs from "fs";
import * as path from "path";
import { ARTEFACTS, animationsDone, axeScan, chooseOpenWorkbook, onFake, onFakeWith } from "./harness";
import { usePane } from "./pane-fixture";
import { findMonitor, type Monitor } from "../../src/core/model";
import { buildTemplate } from "../../src/core/engine/template";
import { taskforce2013Fill } from "../../src/examples/fills";
import { a1 } from "../../src/core/grid";
import { isoToSerial, parseDutchDate } from "../../src/core/cells/dates";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";
import { writeExampleWorkbooks } from "../helpers/example-files";
import { DEF, exampleFill } from "../helpers/inputs";
import { templateSeed } from "../helpers/template-seed";

const ACTIONS = findMonitor("actiemonitor-2013")!;
const CSV = fs.readFileSync(path.join(__dirname, "..", "..", "data", "taskforce-acties-2013.csv"), "utf8");
const DUPLICATE = "Regiomonitor-Gouda-oktober-2010.xlsx";

let files: string[] = [];

const pane = usePane({
  what: "de browsertest van de toestanden van het taakvenster",
  folder: "regiomonitor-pane-states",
  prepare: async (tmp) => {
    const inputs = path.join(tmp, "ingeleverd");
    fs.mkdirSync(inputs);
    files = await writeExampleWorkbooks(inputs);
    // An older second return of Gouda: counted once, the other marked "dubbel, niet meegeteld".
    const older = parseDutchDate("01-10-2010");
    if (!older.ok) throw new Error("datum");
    const gouda = exampleFill("Gouda").fill;
    await writeWorkbookFile(
      templateWorkbook(
        buildTemplate(DEF, {
          eenheid: "Gouda",
          vul: { ...gouda, velden: { ...gouda.velden, Peildatum: isoToSerial(older.value.end) } },
        }),
      ),
      path.join(inputs, DUPLICATE),
    );
    files.push(path.join(inputs, DUPLICATE));
  },
});

/** The pane's visible text with every collapsed section opened (and closed again afterwards). */
async function allText(): Promise<string> {
  return pane.page.evaluate(() => {
    const closed = [...document.querySelectorAll("details")].filter((d) => !d.open);
    closed.forEach((d) => (d.open = true));
    const text = document.body.innerText;
    closed.forEach((d) => (d.open = false));
    return text;
  });
}

/** A snake_case id: a rule or issue code, never meant for a reader. */
const CODE = /\b[a-z][a-z0-9]*_[a-z0-9_]+\b/g;
/** Formula signs; "=" and a "+" between spaces are checked apart, with the words around them. */
const SIGNS = /[÷×Σ∑√≤≥≠]/g;

/**
 * Fails with the offending fragments when the text shows a rule code or a formula sign. The names of the
 * definition's own sheets (e.g. "Regio × mijlpaal") are names, not formulas, and are left out first.
 */
async function expectPlainDutch(state: string, def: Monitor): Promise<string> {
  const text = await allText();
  let plain = text;
  for (const n of def.landelijk.map((l) => l.blad)) plain = plain.split(n).join("");
  const found = [
    ...(plain.match(CODE) ?? []),
    ...(plain.match(SIGNS) ?? []),
    ...(plain.match(/.{0,30}=.{0,30}/g) ?? []),
    ...(plain.match(/.{0,30} \+ .{0,30}/g) ?? []),
  ];
  expect([state, found]).toEqual([state, []]);
  return text;
}

/** The texts of the visible primary buttons (Fluent's brand background). */
async function primaryButtons(): Promise<string[]> {
  // A hovered or pressed button has another colour: the pointer rests on the pane's title first, no button keeps
  // the focus, and Fluent's colour transition is over before the colours are read.
  await pane.page.mouse.move(1, 1);
  await pane.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await animationsDone(pane.page);
  return pane.page.evaluate(() => {
    // Fluent's theme variables live on the provider's element.
    const provider = document.querySelector(".fui-FluentProvider") ?? document.body;
    const brand = getComputedStyle(provider).getPropertyValue("--colorBrandBackground").trim();
    if (brand === "") throw new Error("geen --colorBrandBackground");
    const probe = document.createElement("div");
    probe.style.backgroundColor = brand;
    provider.appendChild(probe);
    const rgb = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return [...document.querySelectorAll("button")]
      .filter((b) => b.offsetParent !== null && getComputedStyle(b).backgroundColor === rgb)
      .map((b) => (b.textContent ?? "").trim());
  });
}

async function shot(name: string, fullPage = true): Promise<void> {
  fs.mkdirSync(ARTEFACTS, { recursive: true });
  const file = path.join(ARTEFACTS, `pane-${name}.png`);
  await pane.page.screenshot({ path: file, fullPage });
  expect(fs.statSync(file).size).toBeGreaterThan(1000);
}

async function selectionAfter(
  click: () => Promise<void>,
): Promise<{ sheet: string; address: string } | null> {
  const before = JSON.stringify(await onFake(pane.page, (api) => api.selection()));
  await click();
  await pane.page.waitForFunction(
    (b) =>
      JSON.stringify(
        (window as unknown as { __fakeExcelHost__: { selection(): unknown } }).__fakeExcelHost__.selection(),
      ) !== b,
    before,
  );
  return onFake(pane.page, (api) => api.selection());
}

describe("the coordinator's states at 340 px", () => {
  test("an empty workbook: the one primary button inserts the standard workbook, in the monitor's words", async () => {
    await pane.page.goto(`${pane.origin}/taskpane.html`);
    await pane.page.getByRole("heading", { name: "Standaardwerkmap invoegen" }).waitFor();
    const text = await expectPlainDutch("invoegen", DEF);
    // The sheets it adds are the definition's, named from it.
    expect(text).toContain(
      DEF.tabellen
        .map((t) => t.blad)
        .join(", ")
        .replace(/, ([^,]*)$/, " en $1"),
    );
    expect(await primaryButtons()).toEqual(["Standaardwerkmap invoegen"]);
    await shot("regio-invoegen");
  });

  test("not begun: the primary button is 'Begin met invullen' and goes to the first empty cell; no Eindcontrole", async () => {
    await pane.page.getByLabel("Regio").selectOption("Gouda");
    await pane.page.getByRole("radio", { name: "Startfoto" }).check();
    await pane.page.getByRole("textbox", { name: /Peildatum/ }).fill("15-01-2011");
    await pane.page.getByRole("button", { name: "Standaardwerkmap invoegen" }).click();
    const state = pane.page.getByTestId("staat");
    await state.getByRole("heading", { name: "Nog niet ingevuld" }).waitFor();
    await expectPlainDutch("niet begonnen", DEF);
    expect(await pane.page.getByTestId("inleiding").innerText()).toBe(
      "Controleer de werkmap van uw regio en vat hem samen. Er gaat geen bestand van uw computer af.",
    );
    expect(await primaryButtons()).toEqual(["Begin met invullen"]);
    expect(await pane.page.getByRole("button", { name: "Eindcontrole" }).count()).toBe(0);
    await shot("regio-niet-begonnen");
    const sel = await selectionAfter(() =>
      pane.page.getByRole("button", { name: "Begin met invullen" }).click(),
    );
    // The first sheet to fill in, on a cell the coordinator has not filled.
    expect(sel?.sheet).toBe(DEF.tabellen[0].blad);
    expect(await onFakeWith(pane.page, (api, s) => api.value(s.sheet, s.address), sel!)).toBeNull();
  });

  test("filling in: the primary button goes to the next empty cell; Eindcontrole is there, not primary", async () => {
    await onFake(pane.page, (api) => {
      api.setValue("Regio", "B5", "J. de Vries");
      return api.changed("Regio", "B5");
    });
    await pane.page
      .getByTestId("staat")
      .getByRole("heading", { name: /^Bezig: \d+ van \d+ ingevuld$/ })
      .waitFor();
    await expectPlainDutch("bezig", DEF);
    expect(await primaryButtons()).toEqual(["Naar de volgende lege cel"]);
    expect(await pane.page.getByRole("button", { name: "Eindcontrole" }).count()).toBe(1);
    await shot("regio-bezig");
  });

  test("a mistake: the primary button goes to it (V1 answered 'Soms', no option of its scale)", async () => {
    await onFake(pane.page, (api) => {
      for (let r = 2; r <= 8; r++) api.setValue("Mijlpalen", `C${r}`, "Gereed / in uitvoering");
      api.setValue("Mijlpalen", "C4", null);
      api.setValue("Mijlpalen", "C6", "In voorbereiding");
      api.setValue("Mijlpalen", "E6", "voorjaar 2011");
      for (let r = 2; r <= 21; r++) api.setValue("Vragenlijst", `D${r}`, "Onbekend");
      api.setValue("Vragenlijst", "D2", "Soms");
    });
    await pane.page.getByRole("button", { name: "Controleren" }).click();
    await pane.page.getByTestId("staat").getByRole("heading", { name: "Fouten te herstellen: 1" }).waitFor();
    await expectPlainDutch("fouten", DEF);
    expect(await primaryButtons()).toEqual(["Naar de eerste fout"]);
    await shot("regio-fouten");
    const sel = await selectionAfter(() =>
      pane.page.getByRole("button", { name: "Naar de eerste fout" }).click(),
    );
    expect(sel).toEqual({ sheet: "Vragenlijst", address: "D2" });
  });

  test("klaar: no primary button, the Oranje judgement explained beside it, no empty explanation box", async () => {
    await onFake(pane.page, (api) => {
      api.setValue("Vragenlijst", "D2", "Alle");
      api.setValue("Mijlpalen", "C4", "Gereed / in uitvoering");
      return api.changed("Vragenlijst", "D2");
    });
    const state = pane.page.getByTestId("staat");
    await state.getByRole("heading", { name: "Klaar om in te leveren" }).waitFor();
    // M5 is In voorbereiding (expected voorjaar 2011): the region is Oranje; klaar says why both are true.
    expect(await pane.page.getByTestId("oordeel-regio").innerText()).toMatch(/^Oranje/);
    expect(await state.getByTestId("klaar-en-oordeel").innerText()).toMatch(
      /^Klaar gaat over het invullen\. De kleuren hieronder \(zoals Oranje\) gaan over de stand van de mijlpalen/,
    );
    expect(await primaryButtons()).toEqual([]);
    await expectPlainDutch("klaar", DEF);
    expect(await pane.page.getByRole("heading", { name: "Uitleg bij de selectie" }).count()).toBe(0);
    await shot("regio-klaar");

    // With the Samenvatting written: still no empty explanation box, only a hint where to click.
    await pane.page.getByRole("button", { name: "Samenvatting schrijven" }).click();
    await pane.page.getByText("Samenvatting geschreven").waitFor();
    expect(await pane.page.getByRole("heading", { name: "Uitleg bij de selectie" }).count()).toBe(0);
    expect(await pane.page.getByTestId("uitleg").innerText()).toMatch(
      /^Selecteer in het blad 'Samenvatting'/,
    );
    await expectPlainDutch("klaar met samenvatting", DEF);
    await shot("regio-klaar-samenvatting");
    await axeScan(pane.page, "klaar met samenvatting");
  });
});

describe("the Landelijk overzicht at 340 px", () => {
  test("before an import: one primary button, to choose the returns", async () => {
    await pane.page.goto(`${pane.origin}/taskpane.html`);
    await pane.page.getByRole("tab", { name: "Landelijk overzicht" }).click();
    await pane.page.getByRole("heading", { name: "Landelijk overzicht", level: 1 }).waitFor();
    await expectPlainDutch("landelijk leeg", DEF);
    expect(await primaryButtons()).toEqual(["Werkmappen kiezen…"]);
    await shot("landelijk-leeg");
  });

  test("after an import into the open workbook: the overview in the first viewport, a short notice, badges in their box", async () => {
    await chooseOpenWorkbook(pane.page);
    await pane.page.getByTestId("bestanden").setInputFiles(files);
    await pane.page
      .locator("[data-testid='voortgang-import'][data-fase='klaar']")
      .waitFor({ timeout: 120_000 });
    const notice = pane.page.locator(".fui-MessageBar", { hasText: "Landelijke bladen geschreven" });
    await notice.waitFor();
    await pane.page.evaluate(() => window.scrollTo(0, 0));
    const viewport = pane.page.viewportSize()!;
    const received = (await pane.page.getByTestId("ontvangen").boundingBox())!;
    expect(received.y + received.height).toBeLessThan(viewport.height);
    expect(await pane.page.getByTestId("ontvangen").innerText()).toMatch(/^37 van 37 regio's ontvangen$/);
    // The notice says what happened in a few lines: no list of the written sheets.
    const said = await notice.innerText();
    expect(said).not.toContain("Mijlpalen landelijk");
    expect(said).not.toContain("Amsterdam-Amstelland");
    expect(said).toMatch(/ontvangen 37 van 37 regio's; 1 bestand telt niet mee/);
    expect((await notice.boundingBox())!.height).toBeLessThan(viewport.height / 3);
    await shot("landelijk-na-import-eerste-scherm", false);

    // Every status badge stays inside its line and shows its whole text.
    const lines = pane.page.locator("[data-testid='bestandenlijst'] > li");
    expect(await lines.count()).toBe(38);
    const spills = await lines.evaluateAll((els) =>
      els.flatMap((li) => {
        const badge = li.querySelector(".fui-Badge") as HTMLElement | null;
        if (!badge) return [`${li.getAttribute("data-bestand")}: geen badge`];
        const b = badge.getBoundingClientRect();
        const l = li.getBoundingClientRect();
        const inside = b.left >= l.left - 0.5 && b.right <= l.right + 0.5;
        const whole =
          badge.scrollWidth <= badge.clientWidth + 1 && badge.scrollHeight <= badge.clientHeight + 1;
        return inside && whole ? [] : [`${li.getAttribute("data-bestand")}: ${badge.textContent}`];
      }),
    );
    expect(spills).toEqual([]);
    const dup = pane.page.locator(`[data-testid='bestandenlijst'] > li[data-bestand='${DUPLICATE}']`);
    expect(await dup.locator(".fui-Badge").innerText()).toMatch(/dubbel, niet meegeteld/);
    await dup.scrollIntoViewIfNeeded();
    await shot("landelijk-na-import");

    expect((await primaryButtons()).length).toBeLessThanOrEqual(1);
    expect(await primaryButtons()).not.toContain("Werkmappen kiezen…");
    expect(await pane.page.getByRole("heading", { name: "Uitleg bij de selectie" }).count()).toBe(0);
    await expectPlainDutch("landelijk na import", DEF);
    await axeScan(pane.page, "landelijk na import");
  });

  test("a selected percentage and a selected judgement are explained in words", async () => {
    const rows = (await onFake(pane.page, (api) =>
      api.valuesOf("Vragenlijst landelijk", "A1:F200"),
    )) as unknown[][];
    const v1 = rows.findIndex((r) => r[0] === "V1" && r[2] === "Gegevens onbekend") + 1;
    expect(v1).toBeGreaterThan(0);
    await onFakeWith(pane.page, (api, a) => api.userSelects("Vragenlijst landelijk", a), `E${v1}`);
    await pane.page.getByTestId("uitleg").getByText("V1 · Gegevens onbekend").waitFor();
    expect(await pane.page.getByTestId("uitleg-regel").innerText()).toMatch(
      /^Regel\. Gegevens onbekend: .*, gedeeld door alle verwachte regio's\.$/,
    );
    await expectPlainDutch("uitleg percentage", DEF);
    await shot("landelijk-uitleg-percentage", false);

    const matrix = DEF.landelijk.find((l) => l.soort === "matrix")!.blad;
    const grid = (await onFakeWith(pane.page, (api, m) => api.valuesOf(m, "A1:L60"), matrix)) as unknown[][];
    const header = grid.findIndex((r) => r[0] === "Regio");
    const nij = grid.findIndex((r) => r[0] === "Nijmegen");
    const col = grid[header].findIndex((v) => String(v).startsWith("M5"));
    expect([header, nij, col].every((x) => x >= 0)).toBe(true);
    await onFakeWith(pane.page, (api, a) => api.userSelects(a.m, a.cell), {
      m: matrix,
      cell: a1(nij + 1, col + 1),
    });
    await pane.page.getByTestId("uitleg").getByText("Nijmegen · M5").waitFor();
    await expectPlainDutch("uitleg oordeel", DEF);
    await shot("landelijk-uitleg-oordeel", false);
  });
});

describe("an action-plan workbook at 340 px", () => {
  test("the pane speaks of the workbook and its actions, not of a region; colours beside klaar are explained", async () => {
    await pane.page.addInitScript(
      (seed) =>
        (
          window as unknown as { __fakeExcelHost__: { addWorkbook(s: unknown): void } }
        ).__fakeExcelHost__.addWorkbook(seed),
      templateSeed(buildTemplate(ACTIONS, { vul: taskforce2013Fill(ACTIONS, CSV) })),
    );
    await pane.page.goto(`${pane.origin}/taskpane.html`);
    await pane.page.getByRole("button", { name: "Controleren" }).click();
    await pane.page.locator("[data-testid^='actie-']").first().waitFor();
    expect(await pane.page.getByTestId("inleiding").innerText()).toBe(
      "Controleer uw werkmap met de acties en vat hem samen. Er gaat geen bestand van uw computer af.",
    );
    const text = await expectPlainDutch("actieplan", ACTIONS);
    expect(text).not.toMatch(/regionale werkmap|uw regio/i);
    // The source gives no judgement over all actions: no badge for the workbook, the reason instead.
    expect(await pane.page.getByTestId("oordeel-regio").count()).toBe(0);
    expect(await pane.page.getByTestId("geen-totaaloordeel").innerText()).toMatch(/^Geen totaaloordeel/);
    const staat = await pane.page.getByTestId("staat").getAttribute("data-staat");
    const red = await pane.page.locator("[data-rag='rood']").count();
    expect(red).toBeGreaterThan(0);
    if (staat === "klaar")
      expect(await pane.page.getByTestId("klaar-en-oordeel").innerText()).toMatch(
        /^Klaar gaat over het invullen/,
      );
    else expect(await pane.page.getByTestId("klaar-en-oordeel").count()).toBe(0);
    expect((await primaryButtons()).length).toBeLessThanOrEqual(1);
    await shot(`actieplan-${staat}`);
  });

  test("nothing came from the network and the pane.page had no errors", () => {
    expect(pane.session.external).toEqual([]);
    expect(pane.session.pageErrors).toEqual([]);
    expect(pane.session.consoleErrors).toEqual([]);
  });
});
