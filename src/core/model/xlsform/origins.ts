/** Where each part of a monitor read from a definition workbook came from, for messages at their cell. */
import type { SheetLayout } from "./layout";
import type { Spot } from "./sheets";

/** Where each part of the monitor came from (a model path → its sheet, row and column). */
export class Origins {
  private readonly map = new Map<string, Spot>();
  put(path: string, at: Spot): void {
    this.map.set(path, at);
  }
  /**
   * Registers a row and each of its columns under `base`. A message about the whole row (a duplicate) is
   * pinned to its key column: `keyColumn`, else the layout's first required column.
   */
  row(
    base: string,
    sheet: string,
    row: number,
    layout: SheetLayout,
    extra: [string, string][] = [],
    keyColumn?: string,
  ): void {
    const key = keyColumn ?? layout.kolommen.find((c) => c.verplicht)?.kop;
    this.put(base, { sheet, row, column: key });
    for (const c of layout.kolommen)
      if (!c.pad.startsWith("_")) this.put(`${base}.${c.pad}`, { sheet, row, column: c.kop });
    for (const [pad, kol] of extra) this.put(`${base}.${pad}`, { sheet, row, column: kol });
  }
  /** The spot of the longest registered prefix of `path`. */
  find(path: string): Spot | undefined {
    let p = path;
    for (;;) {
      const hit = this.map.get(p);
      if (hit) return hit;
      const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
      if (cut <= 0) return undefined;
      p = p.slice(0, cut);
    }
  }
}
