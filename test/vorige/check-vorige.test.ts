/**
 * `check --vorige` on real files: an eindfoto return of Utrecht, filled in by hand as its startfoto (see
 * startfoto.ts) except for milestone M1 and question V1, checked against the startfoto round. It lists exactly
 * those two changes with their old and new answers; with a definition that asks a fresh answer to V2
 * (`vorige: opnieuw`), the unchanged V2 gets the warning `antwoord_ongewijzigd`.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { monitorToJson } from "../../src/core/model";
import { buildTemplate } from "../../src/core/engine/template";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";
import { runCli, tempDir } from "../helpers/files";
import { RAK, startAnswer, startFill, startStatus, writeStartfotoRound } from "./startfoto";

jest.setTimeout(240_000);

const dir = tempDir("regiomonitor-check-vorige-");
const file = path.join(dir, "Regiomonitor-Utrecht.xlsx");
let round: { xlsx: string; json: string };

// The startfoto answers of Utrecht (region 30 of 37): M1 = STATUSES[30 % 5] = "Gereed / in uitvoering",
// V1 = the (30 + 0) % 4 = 2nd option of scale bereik (Alle, Een deel, Geen, Onbekend) = "Geen".
const M1_BEFORE = "Gereed / in uitvoering";
const V1_BEFORE = "Geen";

beforeAll(async () => {
  round = await writeStartfotoRound(dir);
  const start = startFill("Utrecht");
  const fill = {
    velden: { ...start.velden, Meetmoment: "Eindfoto", Peildatum: "15-01-2011" },
    rijen: {
      mijlpalen: {
        ...start.rijen!.mijlpalen,
        M1: { status: "Gedeeltelijk", verwachteDatum: "01-06-2011", toelichting: "Opnieuw ingericht." },
      },
      vragenlijst: { ...start.rijen!.vragenlijst, V1: { antwoord: "Alle" } },
    },
  };
  await writeWorkbookFile(templateWorkbook(buildTemplate(RAK, { eenheid: "Utrecht", vul: fill })), file);
});

test("the hand-computed startfoto answers are what the builder gives", () => {
  expect(startStatus("Utrecht", "M1")).toBe(M1_BEFORE);
  expect(startAnswer("Utrecht", "V1")).toBe(V1_BEFORE);
});

test("a return checked against the previous round lists its changes", () => {
  const r = runCli(["check", file, "--vorige", round.xlsx]);
  expect(r.stderr).toBe("");
  expect(r.stdout).toContain("Vorige ronde: Startfoto, peildatum 31-12-2008 — 2 antwoorden gewijzigd");
  expect(r.stdout).toContain(
    `  Mijlpalen M1 Intentieverklaring en regionale projectstructuur met stuurgroep: ${M1_BEFORE} → Gedeeltelijk (Mijlpalen!C2)`,
  );
  expect(r.stdout).toContain(
    `  Vragenlijst V1 Ouders voorgelicht over de norm van geweldloos opvoeden: ${V1_BEFORE} → Alle (Vragenlijst!D2)`,
  );

  const j = runCli(["check", file, "--vorige", round.json, "--json"]);
  const report = JSON.parse(j.stdout) as {
    vorige: { wijzigingen: { sleutel: string; vorige: string; nu: string }[]; ongewijzigd: number };
    meldingen: { code: string }[];
  };
  expect(report.vorige.wijzigingen.map((w) => [w.sleutel, w.vorige, w.nu])).toEqual([
    ["M1", M1_BEFORE, "Gedeeltelijk"],
    ["V1", V1_BEFORE, "Alle"],
  ]);
  // Unchanged: Ingevuld door, M2–M6, and the 19 other choice questions (V2, V3, V4a–V4h, V5–V13).
  expect(report.vorige.ongewijzigd).toBe(1 + 5 + (2 + 8 + 9));
  expect(report.meldingen.map((m) => m.code)).not.toContain("antwoord_ongewijzigd");
});

test("where the definition asks a fresh answer, an unchanged one is marked", async () => {
  const def = JSON.parse(monitorToJson(RAK)) as {
    tabellen: { id: string; rijen?: { waarden: Record<string, string>; vorige?: string }[] }[];
  };
  const v2 = def.tabellen.find((t) => t.id === "vragenlijst")!.rijen!.find((r) => r.waarden.nr === "V2")!;
  v2.vorige = "opnieuw";
  const defFile = path.join(dir, "rak-opnieuw.json");
  await fs.writeFile(defFile, JSON.stringify(def));
  const r = runCli(["check", file, "--vorige", round.json, "--definitie", defFile]);
  expect(r.stdout).toContain(
    `Regiomonitor-Utrecht.xlsx · waarschuwing: Vraag V2 (Vragenlijst!D3) is '${startAnswer("Utrecht", "V2")}', net als in de vorige ronde (Startfoto, peildatum 31-12-2008). Er is een nieuw antwoord gevraagd: controleer of het nog klopt op de nieuwe peildatum.`,
  );
});
