/**
 * The Excel hosts an add-in manifest admits, each with the ExcelApi requirement sets Microsoft lists for it
 * ("Excel JavaScript API requirement sets", learn.microsoft.com/javascript/api/requirement-sets/excel/
 * excel-api-requirement-sets, table "Requirement set availability"):
 *
 * | set  | web       | Windows (Microsoft 365)         | Mac                  | iPad         |
 * |------|-----------|---------------------------------|----------------------|--------------|
 * | 1.8  | supported | Version 1808 (Build 10730.20102)| 16.17 (18090901)     | 2.17         |
 * | 1.9  | supported | Version 1903 (Build 11425.20204)| 16.24 (19041401)     | 2.24         |
 * | 1.20 | supported | Version 2509 (Build 19201.20002)| 16.100 (25081015)    | 16.100       |
 *
 * A host supports every numbered set up to its highest (ExcelApi sets are cumulative). The library file is
 * the one Microsoft serves to that platform (`excel-<platform>-16.0x.js` from `@microsoft/office-js`).
 */

export interface HostProfile {
  /** Short id for test names. */
  id: string;
  /** What the host is, in words. */
  label: string;
  /** `Office.context.platform` on this host. */
  platform: "OfficeOnline" | "PC" | "Mac" | "iOS";
  /** The library file Microsoft serves to this host, in `@microsoft/office-js/dist`. */
  library: string;
  /** Highest ExcelApi minor version (1.x) the host supports. */
  excelApiMinor: number;
  /** Other requirement sets the host reports (name → version). */
  otherSets?: Record<string, string>;
}

const CURRENT_MINOR = 20;

/** Every host of the table: current ones, and the oldest builds with ExcelApi 1.8 and 1.9. */
export const HOST_PROFILES: readonly HostProfile[] = [
  {
    id: "web",
    label: "Excel on the web",
    platform: "OfficeOnline",
    library: "excel-web-16.00.js",
    excelApiMinor: CURRENT_MINOR,
    otherSets: { ExcelApiOnline: "1.1" },
  },
  {
    id: "win-current",
    label: "Microsoft 365 on Windows, Version 2509",
    platform: "PC",
    library: "excel-win32-16.01.js",
    excelApiMinor: CURRENT_MINOR,
  },
  {
    id: "mac-current",
    label: "Microsoft 365 on Mac, 16.100",
    platform: "Mac",
    library: "excel-mac-16.00.js",
    excelApiMinor: CURRENT_MINOR,
  },
  {
    id: "ipad-current",
    label: "Excel on iPad, 16.100",
    platform: "iOS",
    library: "excel-ios-16.00.js",
    excelApiMinor: CURRENT_MINOR,
  },
  {
    id: "win-1808",
    label: "Windows, Version 1808 (Build 10730.20102), the first with ExcelApi 1.8",
    platform: "PC",
    library: "excel-win32-16.01.js",
    excelApiMinor: 8,
  },
  {
    id: "mac-16.17",
    label: "Mac 16.17, the first with ExcelApi 1.8",
    platform: "Mac",
    library: "excel-mac-16.00.js",
    excelApiMinor: 8,
  },
  {
    id: "ipad-2.17",
    label: "iPad 2.17, the first with ExcelApi 1.8",
    platform: "iOS",
    library: "excel-ios-16.00.js",
    excelApiMinor: 8,
  },
  {
    id: "win-1903",
    label: "Windows, Version 1903 (Build 11425.20204), the first with ExcelApi 1.9",
    platform: "PC",
    library: "excel-win32-16.01.js",
    excelApiMinor: 9,
  },
  {
    id: "mac-16.24",
    label: "Mac 16.24, the first with ExcelApi 1.9",
    platform: "Mac",
    library: "excel-mac-16.00.js",
    excelApiMinor: 9,
  },
  {
    id: "ipad-2.24",
    label: "iPad 2.24, the first with ExcelApi 1.9",
    platform: "iOS",
    library: "excel-ios-16.00.js",
    excelApiMinor: 9,
  },
];

/** The profile with this id; an unknown id is an error. */
export function hostProfile(id: string): HostProfile {
  const p = HOST_PROFILES.find((x) => x.id === id);
  if (!p) throw new Error(`no host profile ${id}`);
  return p;
}

/**
 * The host the browser tests run the pane on: Microsoft 365 on Windows. (The library of Excel on the web would,
 * in a page without the frame Excel on the web opens it in, start its cross-frame handshake and fail.)
 */
export const BROWSER_PROFILE_ID = "win-current";

/** The requirement matrix the host hands to office.js (`{"excelapi":"1.9", …}`, as Excel sends it). */
export function requirementMatrix(profile: HostProfile): Record<string, string> {
  return { ExcelApi: `1.${profile.excelApiMinor}`, ...profile.otherSets };
}

/** `1.8` → 8; anything but an ExcelApi 1.x version is an error. */
export function excelApiMinor(version: string): number {
  const m = /^1\.(\d+)$/.exec(version.trim());
  if (!m) throw new Error(`not an ExcelApi 1.x version: ${version}`);
  return Number(m[1]);
}

/**
 * The hosts a manifest with `<Set Name="ExcelApi" MinVersion="1.x"/>` admits: the current ones, and the
 * oldest builds that have exactly the declared set (older ones are not offered the add-in).
 */
export function admittedProfiles(declaredMinor: number): HostProfile[] {
  return HOST_PROFILES.filter((p) => p.excelApiMinor === CURRENT_MINOR || p.excelApiMinor === declaredMinor);
}

/** The ExcelApi version `manifest.xml` declares (`<Set Name="ExcelApi" MinVersion="…"/>`). */
export function declaredExcelApi(manifestXml: string): string {
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="([^"]+)"/.exec(manifestXml);
  if (!m) throw new Error("manifest.xml declares no ExcelApi requirement set");
  return m[1];
}
