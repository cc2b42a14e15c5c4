/** Moved to the one engine; re-exported for the old layouts until they are deleted. */
export * from "../engine/sheet-builder";
