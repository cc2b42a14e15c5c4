/**
 * The face of the core for the hosts (the command line and the task pane): the application layer
 * (`core/app/`), which decides and composes, and the types and helpers the hosts show results with.
 */
export * from "./app/round";
export * from "./app/round-overview";
export * from "./app/definition";
export * from "./app/read-plan";
export * from "./app/check";
export * from "./app/round-file";
export * from "./app/compare-round";
export * from "./app/issue-groups";
export * from "./app/pane-texts";
export * from "./app/template-form";
export * from "./app/format";
export * from "./app/previous-round";
