// Function file of the add-in (manifest FunctionFile -> commands.html). The ribbon button itself opens
// the task pane (ShowTaskpane); `action` is registered for ExecuteFunction commands added later.

/** Ribbon command without UI: completes at once. */
export function action(event: Office.AddinCommands.Event): void {
  event.completed();
}

function register(): void {
  const office = (globalThis as { Office?: Partial<typeof Office> }).Office;
  if (!office) return; // not running inside Office (no office.js): nothing to register
  const associate = () => {
    if (office.actions && typeof office.actions.associate === "function") {
      office.actions.associate("action", action);
    }
  };
  if (typeof office.onReady === "function") {
    void Promise.resolve(office.onReady()).then(associate);
  } else {
    associate();
  }
}

register();
