// The Regiomonitor task pane. index.tsx mounts the default export inside FluentProvider.
//
// Which Excel it talks to: the `host` prop when given; else `window.__REGIOMONITOR_HOST__` when a page
// set one before this bundle ran (a demo or a test replacing Excel altogether); else the Office host
// (office-host.ts) on the Office.js adapter in src/excel. The browser test uses the last path with a
// fake `Excel` global, so that it drives the real adapter.
import { useMemo } from "react";
import { resolveHost, type PaneHost } from "./host";
import { createOfficeHost } from "./office-host";
import { RegionPane } from "./components/RegionPane";

export function App(props: { host?: PaneHost }) {
  const host = useMemo(
    () => props.host ?? resolveHost(createOfficeHost, typeof window === "undefined" ? undefined : window),
    [props.host],
  );
  return <RegionPane host={host} />;
}

export default App;
