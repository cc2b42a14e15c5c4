/** The issues of a check, grouped per sheet and severity; an issue with a cell is a link to that cell. */
import { Badge, Body1, Caption1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue, Severity } from "../../core/issues";
import {
  countText,
  groupIssues,
  issueTarget,
  severityTitle,
  summaryText,
  type SheetGroup,
} from "../logic/issue-groups";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  h3: {
    margin: 0,
    marginRight: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  h4: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { overflowWrap: "anywhere" },
  link: { textAlign: "left" },
  cel: { fontWeight: tokens.fontWeightSemibold },
});

const BADGE_COLOUR: Record<Severity, "danger" | "warning" | "informative"> = {
  fout: "danger",
  waarschuwing: "warning",
  info: "informative",
};

export function SeverityBadge(props: { severity: Severity; count: number }) {
  return (
    <Badge
      appearance="tint"
      color={BADGE_COLOUR[props.severity]}
      shape="rounded"
      data-severity={props.severity}
    >
      {countText(props.severity, props.count)}
    </Badge>
  );
}

function IssueItem(props: { issue: Issue; onSelect: (i: Issue) => void }) {
  const s = useStyles();
  const i = props.issue;
  const target = issueTarget(i);
  if (!target) {
    return (
      <li className={s.item}>
        <Body1>{i.bericht}</Body1>
      </li>
    );
  }
  return (
    <li className={s.item}>
      <Link
        as="button"
        className={s.link}
        onClick={() => props.onSelect(i)}
        title={`Ga naar ${target.sheet}!${target.address}`}
        data-cel={`${target.sheet}!${target.address}`}
      >
        <span className={s.cel}>{target.address}</span> {i.bericht}
      </Link>
    </li>
  );
}

function Group(props: { group: SheetGroup; onSelect: (i: Issue) => void; index: number }) {
  const s = useStyles();
  const g = props.group;
  const headId = `meldingen-blad-${props.index}`;
  return (
    <div role="group" className={s.group} aria-labelledby={headId} data-testid={`meldingen-${g.titel}`}>
      <div className={s.head}>
        <h3 className={s.h3} id={headId}>
          {g.titel}
        </h3>
        {g.groepen.map((sg) => (
          <SeverityBadge key={sg.severity} severity={sg.severity} count={sg.issues.length} />
        ))}
      </div>
      {g.groepen.map((sg) => (
        <div key={sg.severity}>
          <h4 className={s.h4}>
            {severityTitle(sg.severity)} ({sg.issues.length})
          </h4>
          <ul className={s.list}>
            {sg.issues.map((i, k) => (
              <IssueItem key={`${i.code}-${i.cel ?? ""}-${k}`} issue={i} onSelect={props.onSelect} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export function IssueList(props: {
  issues: readonly Issue[];
  sheetOrder: readonly string[];
  onSelect: (i: Issue) => void;
}) {
  const s = useStyles();
  const groups = groupIssues(props.issues, props.sheetOrder);
  const counts = { fout: 0, waarschuwing: 0, info: 0 };
  for (const g of groups) for (const k of Object.keys(counts) as Severity[]) counts[k] += g.counts[k];
  return (
    <section className={s.section} aria-labelledby="meldingen-kop">
      <Subtitle2 as="h2" id="meldingen-kop">
        Meldingen
      </Subtitle2>
      <Caption1 data-testid="meldingen-totaal">
        {summaryText(counts)}
        {groups.some((g) => g.groepen.some((sg) => sg.issues.some((i) => issueTarget(i))))
          ? ". Klik op een melding om naar de cel te gaan."
          : "."}
      </Caption1>
      {groups.map((g, k) => (
        <Group key={g.titel} group={g} index={k} onSelect={props.onSelect} />
      ))}
    </section>
  );
}
