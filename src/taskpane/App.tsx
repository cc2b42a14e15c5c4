// The Regiomonitor task pane. index.tsx mounts the default export inside FluentProvider.
//
// Two views, switched with the tabs at the top: "Regio" (the coordinator's check of the open workbook,
// RegionPane) and "Landelijk overzicht" (the institute's import of the returned workbooks, NationalPane).
// The national view's .xlsx reader is a separate chunk, loaded only when that view imports files.
//
// Which Excel it talks to: the `host` prop when given; else `window.__REGIOMONITOR_HOST__` when a page
// set one before this bundle ran (a demo or a test replacing Excel altogether); else the Office host
// (office-host.ts) on the Office.js adapter in src/excel. The browser tests use the last path with a
// fake `Excel` global, so that they drive the real adapter.
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { resolveHost, type PaneHost } from "./host";
import { createOfficeHost } from "./office-host";
import { RegionPane } from "./features/check/RegionPane";
import { NationalPane } from "./features/import/NationalPane";

export type PaneView = "regio" | "landelijk";

const useStyles = makeStyles({
  nav: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
});

export function App(props: { host?: PaneHost; view?: PaneView }) {
  const s = useStyles();
  const host = useMemo(
    () => props.host ?? resolveHost(createOfficeHost, typeof window === "undefined" ? undefined : window),
    [props.host],
  );
  const [view, setView] = useState<PaneView>(props.view ?? "regio");
  return (
    <>
      <nav className={s.nav} aria-label="Weergave">
        <TabList size="small" selectedValue={view} onTabSelect={(_, d) => setView(d.value as PaneView)}>
          <Tab value="regio">Regio</Tab>
          <Tab value="landelijk">Landelijk overzicht</Tab>
        </TabList>
      </nav>
      {view === "regio" ? <RegionPane host={host} /> : <NationalPane host={host} />}
    </>
  );
}

export default App;
