/** Action monitors (`soort: "acties"`): schema, loading, reading, stoplight, summary, template, examples. */
export * from "./schema";
export * from "./load";
export * from "./read";
export * from "./stoplight";
export * from "./report";
export * from "./layout";
export * from "./template";
export * from "./examples";
export * from "./check";
