// Every number the game uses, each with its source or the word "tuned".
export * from "./units";
export * from "./chain";
export * from "./sites";
export * from "./nodes";
export * from "./tools";
export * from "./construction";
export * from "./power";
export * from "./markets";
export * from "./finance";
export * from "./factions";
export * from "./milestones";
export * from "./research";
export * from "./events";
export * from "./limits";
export * from "./limiting";
