// Entry point of the task pane: waits for Office.js (when present) and mounts <App/> inside Fluent UI.
// Keep this file generic; the task pane itself lives in App.tsx (default export).
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./App";

/**
 * Resolves when Office.js is ready. Without Office.js (a plain browser, or a test page that injects
 * its own fake `Office` global without `onReady`) it resolves at once.
 */
export function officeReady(): Promise<unknown> {
  const office = (globalThis as { Office?: Partial<typeof Office> }).Office;
  if (office && typeof office.onReady === "function") return Promise.resolve(office.onReady());
  return Promise.resolve(undefined);
}

export function mount(container: HTMLElement): void {
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} style={{ minHeight: "100%" }}>
        <App />
      </FluentProvider>
    </StrictMode>,
  );
}

function start(): void {
  const container = document.getElementById("container");
  if (!container) throw new Error('taskpane.html mist het element <div id="container">');
  mount(container);
}

officeReady().then(start, (error: unknown) => {
  // Mount anyway so that the pane can show its own message instead of staying blank.
  console.error("Office.onReady is mislukt", error);
  start();
});
