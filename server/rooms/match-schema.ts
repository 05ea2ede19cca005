// The world as clients see it: a lean public mirror of the engine state.
// Numbers are rounded by the mirror so a patch carries only real changes.
import { ArraySchema, MapSchema, Schema, type } from "@colyseus/schema";

export class PlayerView extends Schema {
  @type("string") name = "";
  @type("string") faction = "";
  @type("boolean") ready = false;
  @type("boolean") connected = true;
  @type("boolean") spectator = false;
  @type("boolean") host = false;
}

export class FactionView extends Schema {
  @type("string") name = "";
  /** "human" or "bot" (a disconnected human's seat is played by a bot until they return). */
  @type("string") controller = "bot";
  @type("string") playerName = "";
  @type("number") cash = 0;
  @type("number") debt = 0;
  @type("number") creditLimit = 0;
  @type("number") loanRate = 0;
  @type("number") computeGW = 0;
  @type("string") limitingFactor = "none";
  /** What proves the factor, as JSON {key, params} (an i18n key and the month's quantities). */
  @type("string") evidence = "";
  /** What binds next in the engine's forecast, and when (month), or "" / -1. */
  @type("string") nextUpFactor = "";
  @type("int16") nextUpMonth = -1;
  @type("number") score = 0;
  /** The score part by part, as JSON {milestones, deploy, logic, memory}. */
  @type("string") scoreParts = "";
  /** "Attack it": the engine's orders against the limiting factor, as JSON Order[]. */
  @type("string") attack = "";
  /** Milestone id → month reached, or -1. */
  @type({ map: "int16" }) milestones = new MapSchema<number>();
  @type(["string"]) limitingHistory = new ArraySchema<string>();
  @type(["number"]) computeHistory = new ArraySchema<number>();
  @type("number") warehouse = 0;
  @type("number") powered = 0;
  @type("number") orbit = 0;
  @type("number") edge = 0;
  @type("number") groundGW = 0;
  @type("number") gridGW = 0;
  @type("number") turbineGW = 0;
  @type("number") solarGW = 0;
  @type("number") engineers = 0;
  @type("number") phds = 0;
  @type("number") logicWafers = 0;
  @type("number") hbm = 0;
  @type("number") dram = 0;
  @type("number") hbmShare = 0;
  @type("number") launchCadence = 0;
  @type("number") orbitTonnes = 0;
  @type("number") edgeUnitsPerMonth = 0;
  @type({ map: "uint8" }) researchLevels = new MapSchema<number>();
  /** Spent toward the next level and the range its cost may lie in, $M: what the faction knows (the drawn cost stays hidden). */
  @type({ map: "number" }) researchSpent = new MapSchema<number>();
  @type({ map: "number" }) researchLow = new MapSchema<number>();
  @type({ map: "number" }) researchHigh = new MapSchema<number>();
  /** Last month's flows for the HUD. */
  @type("number") acceleratorsMade = 0;
  @type("number") goodDies = 0;
  @type("number") hbmMade = 0;
  @type("number") wafersSold = 0;
  @type("number") revenue = 0;
  @type("number") costs = 0;
}

export class FabView extends Schema {
  @type("string") owner = "";
  @type("string") site = "";
  @type("string") kind = "";
  @type("string") node = "";
  @type("uint16") capacity = 0;
  @type("string") stage = "";
  /** Share of the current stage done, 0..1. */
  @type("number") progress = 0;
  @type("number") yield = 0;
  /** Share of the tools delivered, 0..1. */
  @type("number") tools = 0;
  @type("string") blocker = "";
  @type("boolean") overtime = false;
  @type("boolean") multipatterning = false;
  @type("int16") startedMonth = -1;
  @type("int16") volumeMonth = -1;
  @type("string") expansionOf = "";
}

export class ToolOrderView extends Schema {
  @type("string") line = "";
  @type("string") faction = "";
  @type("string") fabId = "";
  @type("uint16") quantity = 0;
  @type("uint16") delivered = 0;
  /** Place in the vendor's queue (0 = served next). */
  @type("uint16") position = 0;
  @type("boolean") prepaid = false;
  @type("int16") earliestMonth = 0;
  /** $M a tool, agreed when ordered (what prepaying is priced on). */
  @type("number") unitPrice = 0;
}

export class PowerView extends Schema {
  @type("string") owner = "";
  @type("string") source = "";
  @type("string") region = "";
  @type("number") gw = 0;
  @type("int16") readyMonth = -1;
}

export class ContractView extends Schema {
  @type("string") seller = "";
  @type("string") buyer = "";
  @type("string") good = "";
  @type("number") perMonth = 0;
  @type("number") price = 0;
  @type("uint16") months = 0;
  @type("string") status = "";
  @type("string") offeredBy = "";
  @type("number") delivered = 0;
  @type("uint16") breaches = 0;
}

export class MarketView extends Schema {
  @type("number") price = 0;
  @type(["number"]) history = new ArraySchema<number>();
}

export class MatchState extends Schema {
  @type("string") mode = "online";
  @type("string") status = "waiting";
  @type("string") code = "";
  @type("string") speed = "normal";
  @type("string") difficulty = "normal";
  @type("uint16") month = 0;
  @type("uint16") months = 120;
  @type("string") winner = "";
  @type("uint8") sanctionLevel = 1;
  @type("int8") pausesLeft = -1;
  @type("string") hostId = "";
  @type({ map: PlayerView }) players = new MapSchema<PlayerView>();
  @type({ map: FactionView }) factions = new MapSchema<FactionView>();
  @type({ map: FabView }) fabs = new MapSchema<FabView>();
  @type({ map: ToolOrderView }) toolOrders = new MapSchema<ToolOrderView>();
  /** Tool line → tools built per month for players. */
  @type({ map: "number" }) toolLines = new MapSchema<number>();
  @type({ map: PowerView }) power = new MapSchema<PowerView>();
  @type({ map: ContractView }) contracts = new MapSchema<ContractView>();
  @type({ map: MarketView }) markets = new MapSchema<MarketView>();
}
