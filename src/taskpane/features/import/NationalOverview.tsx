/**
 * The overview a reader wants first: received of expected, per milestone % gerealiseerd with its RAG
 * distribution, and the regions and files that need attention, each a click away from its row in Retouren.
 */
import {
  Body1,
  Caption1,
  Link,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePaneStyles } from "../../shared/styles";
import { formatPercent } from "../../../core/cells/text";
import type { Rag } from "../../../core/sheet-model";
import { overviewTexts, type AttentionItem, type NationalResult } from "./national";
import { ragLabel } from "../../../core";
import { RagBadge } from "../../shared/RagBadge";
import { ReportDownload } from "../report/ReportDownload";

const useStyles = makeStyles({
  rags: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXXS,
  },
  nowrap: { whiteSpace: "nowrap" },
  big: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

const RAGS: Rag[] = ["groen", "oranje", "rood", "grijs"];

const KIND_TEXT: Record<AttentionItem["kind"], string> = {
  rood: "Rood",
  ontbreekt: "ontbreekt",
  overgeslagen: "overgeslagen",
  dubbel: "dubbel",
};

/** One badge per colour with its count, e.g. "Groen 12". */
function RagCounts(props: { counts: Record<Rag, number>; labels: Partial<Record<Rag, string>> }) {
  const s = useStyles();
  return (
    <div className={s.rags}>
      {RAGS.map((r) => (
        <RagBadge key={r} rag={r} label={`${ragLabel(r, props.labels)} ${props.counts[r]}`} />
      ))}
    </div>
  );
}

/** `onGoto`: select a row of Retouren; absent when the sheets are in another (a new) workbook. */
export function NationalOverview(props: { result: NationalResult; onGoto?: (row: number) => void }) {
  const s = { ...usePaneStyles(), ...useStyles() };
  const { report, def, mijlpalen, aandacht } = props.result;
  const L = def.rag.labels;
  const texts = overviewTexts(props.result);
  const totaal = report.totaal;
  return (
    <>
      <section className={s.section} aria-labelledby="ontvangen-kop" data-testid="overzicht">
        <Subtitle2 as="h2" id="ontvangen-kop">
          Ontvangen
        </Subtitle2>
        <Body1 data-testid="ontvangen">
          <span className={s.big}>{texts.ontvangen.getal}</span> {texts.ontvangen.tekst}
        </Body1>
      </section>

      {totaal && texts.stoplicht ? (
        <section className={s.section} aria-labelledby="stoplicht-kop" data-testid="stoplicht">
          <Subtitle2 as="h2" id="stoplicht-kop">
            {texts.stoplicht.kop}
          </Subtitle2>
          {texts.stoplicht.totaal ? (
            <RagCounts counts={totaal.rag} labels={L} />
          ) : (
            <Caption1 className={s.muted}>{texts.stoplicht.geenTotaal}</Caption1>
          )}
          <Caption1 className={s.muted}>{texts.stoplicht.gerealiseerd}</Caption1>
          {report.groepen[0] ? (
            <ul className={s.itemsWide}>
              {report.groepen[0].rijen.map((g) => (
                <li key={g.waarde} data-testid={`groep-${g.waarde}`}>
                  <div className={s.line}>
                    <Body1 className={s.text}>{g.label}</Body1>
                    <Body1 className={s.nowrap}>{g.aantal}</Body1>
                  </div>
                  <RagCounts counts={g.rag} labels={L} />
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      {texts.rijen ? (
        <section className={s.section} aria-labelledby="mijlpalen-landelijk-kop">
          <Subtitle2 as="h2" id="mijlpalen-landelijk-kop">
            {texts.rijen.kop}
          </Subtitle2>
          <ul className={s.itemsWide}>
            {mijlpalen.map((m) => (
              <li key={m.code} data-testid={`landelijk-${m.code}`}>
                <div className={s.line}>
                  <Body1 className={s.text}>
                    <strong>{m.code}</strong> {m.label}
                  </Body1>
                  <Body1 className={s.nowrap}>{formatPercent(m.fractie)}</Body1>
                </div>
                <ProgressBar
                  value={m.fractie}
                  thickness="medium"
                  aria-label={texts.rijen?.regels[m.code]?.balk}
                />
                <Caption1 className={s.muted}>{texts.rijen?.regels[m.code]?.onderschrift}</Caption1>
                <RagCounts counts={m.rag} labels={L} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className={s.section} aria-labelledby="aandacht-kop">
        <Subtitle2 as="h2" id="aandacht-kop">
          Aandacht nodig ({aandacht.length})
        </Subtitle2>
        {aandacht.length === 0 ? (
          <Caption1>{texts.allesGoed}</Caption1>
        ) : (
          <ul className={s.itemsWide} data-testid="aandacht">
            {aandacht.map((a) => (
              <li key={`${a.kind}-${a.naam}`} data-soort={a.kind}>
                <div className={s.line}>
                  {a.rij !== null && props.onGoto ? (
                    <Link
                      as="button"
                      className={s.text}
                      onClick={() => props.onGoto?.(a.rij!)}
                      aria-label={`${a.naam} (${KIND_TEXT[a.kind]}): ga naar rij ${a.rij} in Retouren`}
                    >
                      {a.naam}
                    </Link>
                  ) : (
                    <Body1 className={s.text}>{a.naam}</Body1>
                  )}
                  {a.kind === "rood" ? (
                    <RagBadge rag="rood" label={ragLabel("rood", L)} />
                  ) : (
                    <Caption1>{KIND_TEXT[a.kind]}</Caption1>
                  )}
                </div>
                <Caption1 className={s.muted}>{a.detail}</Caption1>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ReportDownload result={props.result} />
    </>
  );
}
