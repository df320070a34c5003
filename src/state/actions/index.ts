/** Module-level actions: plain functions over the store, usable without a hook and in tests. */
export * from "./data";
export * from "./month";
export * from "./selection";
export * from "./view";
