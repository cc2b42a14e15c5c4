/**
 * A list of issues, grouped per sheet and per rule: one short line each, the cell as its link (named once).
 * Used for the real mistakes, the warnings, and (collapsed) for what is still to be filled in.
 */
import { Body1, Caption1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneStyles } from "../../shared/styles";
import type { Issue } from "../../../core/issues";
import { Collapsed } from "../../shared/Collapsed";
import { groupIssues, issueTarget, lineText, type SheetGroup } from "../../../core";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  h4: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  item: { overflowWrap: "anywhere" },
  cel: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

function IssueItem(props: { issue: Issue; onSelect: (i: Issue) => void }) {
  const s = { ...usePaneStyles(), ...useStyles() };
  const i = props.issue;
  const target = issueTarget(i);
  return (
    <li className={s.item} data-code={i.code}>
      {target ? (
        <Link
          as="button"
          className={s.cel}
          onClick={() => props.onSelect(i)}
          title={`Ga naar cel ${target.address} op blad ${target.sheet}`}
          data-cel={`${target.sheet}!${target.address}`}
        >
          {target.address}
        </Link>
      ) : null}
      <Body1>{lineText(i)}</Body1>
    </li>
  );
}

function Group(props: { group: SheetGroup; onSelect: (i: Issue) => void; id: string }) {
  const s = { ...usePaneStyles(), ...useStyles() };
  const g = props.group;
  return (
    <div role="group" className={s.group} aria-labelledby={props.id} data-testid={`blad-${g.titel}`}>
      <h3 className={s.h3} id={props.id}>
        {g.titel} ({g.aantal})
      </h3>
      {g.regels.map((r) => (
        <div key={r.code} data-regel={r.code}>
          <h4 className={s.h4}>{r.titel}</h4>
          <ul className={s.itemsTight}>
            {r.issues.map((i, k) => (
              <IssueItem key={`${i.cel ?? ""}-${k}`} issue={i} onSelect={props.onSelect} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export function IssueList(props: {
  /** Section id, also the prefix of its headings' ids. */
  id: string;
  kop: string;
  /** One sentence under the heading. */
  intro?: string;
  issues: readonly Issue[];
  sheetOrder: readonly string[];
  onSelect: (i: Issue) => void;
  /** Collapsed under a summary "kop (count)", closed until the user opens it. */
  collapsed?: boolean;
}) {
  const s = { ...usePaneStyles(), ...useStyles() };
  const groups = groupIssues(props.issues, props.sheetOrder);
  const headId = `${props.id}-kop`;
  const body = (
    <>
      {props.intro ? <Caption1>{props.intro}</Caption1> : null}
      {groups.map((g, k) => (
        <Group key={g.titel} group={g} id={`${props.id}-blad-${k}`} onSelect={props.onSelect} />
      ))}
    </>
  );
  if (props.collapsed)
    return (
      <Collapsed summary={`${props.kop} (${props.issues.length})`} testId={props.id}>
        <section className={s.section} aria-label={props.kop}>
          {body}
        </section>
      </Collapsed>
    );
  return (
    <section className={s.section} aria-labelledby={headId} data-testid={props.id}>
      <Subtitle2 as="h2" id={headId}>
        {props.kop}
      </Subtitle2>
      {body}
    </section>
  );
}
