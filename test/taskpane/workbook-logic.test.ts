import { buildTemplate } from "../../src/core/engine/template";
import { OWNED_MARKER } from "../../src/core/sheet-model";
import {
  checkTemplateForm,
  meetmomentOptions,
  parsePeildatum,
  peildatumRequired,
} from "../../src/core/app/template-form";
import {
  allWantedSources,
  runCheck,
  summaryPlan,
  workbookKind,
} from "../../src/taskpane/features/check/workbook";
import { completionText, ragLabel } from "../../src/core/app/format";
import { DEF, inputFromModel, setAnswer, setStatus, validInput } from "../helpers/inputs";
import { resolveHost, type PaneHost } from "../../src/taskpane/host";

test("wanted sources: the three standard tables, once", () => {
  expect(allWantedSources([DEF, DEF])).toEqual([
    { sheet: "Regio", table: "tblRegio" },
    { sheet: "Mijlpalen", table: "tblMijlpalen" },
    { sheet: "Vragenlijst", table: "tblVragenlijst" },
  ]);
});

test("a workbook is a Regiomonitor workbook by its recorded definition or its standard tables", () => {
  expect(workbookKind({ bestand: "x", definitie: null, bladen: ["Blad1"], grids: [] })).toBe("leeg");
  expect(
    workbookKind({ bestand: "x", definitie: { id: DEF.id, versie: DEF.versie }, bladen: [], grids: [] }),
  ).toBe("regiomonitor");
  const handMade = inputFromModel(buildTemplate(DEF));
  handMade.definitie = null;
  expect(workbookKind(handMade)).toBe("regiomonitor");
});

test("form: region, Meetmoment and a dd-mm-jjjj Peildatum, required as the check requires it", () => {
  expect(meetmomentOptions(DEF)).toEqual(["Startfoto", "Eindfoto"]);
  expect(parsePeildatum("15-01-2011")?.end).toBe("2011-01-15");
  expect(parsePeildatum("5-1-2011")?.end).toBe("2011-01-05");
  expect(parsePeildatum("maart 2011")).toBeNull();
  expect(parsePeildatum("31-02-2011")).toBeNull();
  expect(peildatumRequired(DEF)).toBe(true);
  const ok = checkTemplateForm(DEF, { regio: "Gouda", meetmoment: "Eindfoto", peildatum: "15-01-2011" });
  expect(ok).toEqual({
    ok: true,
    options: { eenheid: "Gouda", meetmoment: "Eindfoto", peildatum: "2011-01-15" },
  });
  const empty = checkTemplateForm(DEF, { regio: "Gouda", meetmoment: "Eindfoto", peildatum: "" });
  expect(empty).toEqual({
    ok: false,
    fouten: { peildatum: "Vul de peildatum in als dd-mm-jjjj, bijvoorbeeld 15-01-2011." },
  });
  // A definition whose Peildatum is optional leaves it so in the form.
  const optional: typeof DEF = {
    ...DEF,
    tabellen: DEF.tabellen.map((t) =>
      t.vorm === "velden"
        ? { ...t, velden: t.velden.map((f) => (f.rol === "peildatum" ? { ...f, verplicht: false } : f)) }
        : t,
    ),
  };
  expect(peildatumRequired(optional)).toBe(false);
  expect(checkTemplateForm(optional, { regio: "Gouda", meetmoment: "Eindfoto", peildatum: "" })).toEqual({
    ok: true,
    options: { eenheid: "Gouda", meetmoment: "Eindfoto" },
  });
  const bad = checkTemplateForm(DEF, { regio: "", meetmoment: "Halverwege", peildatum: "gisteren" });
  expect(bad.ok).toBe(false);
  if (!bad.ok) expect(Object.keys(bad.fouten).sort()).toEqual(["meetmoment", "peildatum", "regio"]);
});

test("check and summary of a workbook with errors", () => {
  const input = validInput("Gouda");
  setAnswer(input, "V2", "Soms");
  setStatus(input, "M3", null);
  const check = runCheck(input);
  expect(check.result.ok).toBe(true);
  const codes = check.result.issues.map((i) => i.code);
  expect(codes).toContain("ongeldig_antwoord");
  expect(codes).toContain("verplicht_leeg");
  const plan = summaryPlan(check);
  expect(plan.ok).toBe(true);
  if (plan.ok) {
    expect(plan.models.map((m) => m.name)).toEqual(["Samenvatting"]);
    expect(String(plan.models[0].rows[0][0].v).startsWith(OWNED_MARKER)).toBe(true);
  }
  expect(completionText(check.score!.invulgraad.totaal)).toMatch(
    /^\d+,\d % \(\d+ van \d+ verplichte cellen\)$/,
  );
  expect(ragLabel("rood", DEF.rag.labels)).toBe("Rood");
});

test("no summary for a workbook of another monitor, with the reason", () => {
  const input = validInput("Gouda");
  input.definitie = { id: "andere-monitor", versie: "1" };
  const plan = summaryPlan(runCheck(input));
  expect(plan.ok).toBe(false);
  if (!plan.ok)
    expect(plan.reden).toMatch(
      /^Er is geen samenvatting geschreven: De werkmap hoort bij een andere monitor/,
    );
});

test("resolveHost prefers an injected host", () => {
  const injected = { describeError: () => ({ bericht: "", geweigerd: false }) } as unknown as PaneHost;
  const made = {} as PaneHost;
  expect(resolveHost(() => made, { __REGIOMONITOR_HOST__: injected })).toBe(injected);
  expect(resolveHost(() => made, {})).toBe(made);
  expect(resolveHost(() => made, undefined)).toBe(made);
});
