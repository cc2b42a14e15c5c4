/**
 * Connects Microsoft's loaded client library (`office.js` + the Excel library of a host's platform, as
 * globals of one window or sandbox) to a `RichApiHost`, through the library's own seams only:
 *
 * - `OSF._OfficeAppFactory.setContext`: the `Office.context` a host hands over at start, with Microsoft's
 *   `RequirementMatrix` built from the profile's requirement sets (the matrix Excel sends), so
 *   `Office.context.requirements.isSetSupported` and the library's per-member check (`ApiNotFound`) answer
 *   as that host;
 * - `OfficeExtension.SessionBase._overrideSession`: a request URL resolver whose `_createRequestExecutorOrNull`
 *   returns our executor (`executeAsync(customData, requestFlags, { Url, Headers, Body })`);
 * - `OfficeExtension._testSetRichApiMessageReadyImpl` / `_testTriggerRichApiMessageEvent`: the library's test
 *   hooks for the rich API message channel that carries events.
 *
 * No node module is used here: the node sandbox (`office-js.ts`, both) and the browser tests' page
 * (`test/browser/fake-host-entry.ts`, `connectHost` only: there office.js's own start hands over the context of
 * a page outside Office) share it.
 */
import { requirementMatrix, type HostProfile } from "./host-profiles";
import type { RequestBody, RichApiHost } from "./rich-api-host";

/** The library's globals, as far as the tests use them. */
export interface OfficeJsGlobals {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension & Record<string, unknown>;
}

interface LibraryInternals {
  OSF: { _OfficeAppFactory: { setContext(c: unknown): void } };
  OfficeExt: {
    Requirement: {
      RequirementMatrix: new (sets: unknown) => unknown;
      DefaultSetRequirement: new (map: Record<string, string>) => unknown;
    };
  };
  OfficeExtension: {
    CommonUtility: { _doApiNotSupportedCheck: boolean };
    SessionBase: { _overrideSession: unknown };
    _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
    _testTriggerRichApiMessageEvent(msg: unknown): void;
  };
}

/**
 * Hands the library the `Office.context` of `profile` (its requirement sets) and switches on the library's
 * per-member requirement check. For a sandbox where office.js's own start never runs (`office-js.ts`).
 */
export function handOverContext(globals: object, profile: HostProfile): void {
  const lib = globals as LibraryInternals;
  const sets = Object.fromEntries(
    Object.entries(requirementMatrix(profile)).map(([k, v]) => [k.toLowerCase(), v]),
  );
  const R = lib.OfficeExt.Requirement;
  lib.OSF._OfficeAppFactory.setContext({
    requirements: new R.RequirementMatrix(new R.DefaultSetRequirement(sets)),
    platform: profile.platform,
    host: "Excel",
  });
  // The library ends with `OfficeExtension.Utility._doApiNotSupportedCheck = true`, but its check
  // (`CommonUtility.throwIfApiNotSupported`) reads the flag of CommonUtility, which stays false in this
  // package version: we switch on the flag the check reads, so `ApiNotFound` comes from Microsoft's code.
  lib.OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
}

/** Makes `host` answer the library's requests and raise its events. */
export function connectHost(globals: object, host: RichApiHost): OfficeJsGlobals {
  const lib = globals as OfficeJsGlobals & LibraryInternals;
  const OE = (lib as LibraryInternals).OfficeExtension;
  OE.SessionBase._overrideSession = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "https://localhost/_api", headers: {} }),
    _createRequestExecutorOrNull: () => ({
      executeAsync: (customData: string, _flags: number, message: { Body: RequestBody }) =>
        Promise.resolve().then(() => {
          // What crosses the wire is JSON: the host gets a copy, never the library's own objects.
          const body = JSON.parse(JSON.stringify(message.Body)) as RequestBody;
          const response = host.execute(body, customData);
          return JSON.parse(JSON.stringify(response)) as unknown;
        }),
    }),
  };
  OE._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  host.onEvent = (eventType, targetId, args) =>
    OE._testTriggerRichApiMessageEvent({
      entries: [{ messageCategory: 65536, messageType: eventType, targetId, message: JSON.stringify(args) }],
    });
  return { Excel: lib.Excel, Office: lib.Office, OfficeExtension: lib.OfficeExtension };
}
