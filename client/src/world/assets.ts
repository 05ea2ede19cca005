// Images the world scene draws, loaded by Phaser from the built asset URLs: the icons as
// 64 px PNGs rasterised from their SVGs (tools/assets/raster-icons.mjs) — they decode off the main thread.
import mapUrl from "../../../assets/images/world-map.webp?url";
import fabLogic from "../../../assets/images/png64/site-fab-logic.png?url";
import fabDram from "../../../assets/images/png64/site-fab-dram.png?url";
import fabBuilding from "../../../assets/images/png64/site-fab-building.png?url";
import powerGrid from "../../../assets/images/png64/power-grid.png?url";
import powerSolar from "../../../assets/images/png64/power-solar.png?url";
import powerTurbine from "../../../assets/images/png64/power-turbine.png?url";
import orbitSat from "../../../assets/images/png64/orbit-satellite.png?url";
import rocket from "../../../assets/images/png64/launch-rocket.png?url";
import edgeCar from "../../../assets/images/png64/edge-car.png?url";
import warehouse from "../../../assets/images/png64/warehouse.png?url";
import toolEuv from "../../../assets/images/png64/tool-euv.png?url";
import toolGeneric from "../../../assets/images/png64/tool-generic.png?url";
import vendor from "../../../assets/images/png64/vendor.png?url";
import emTesla from "../../../assets/images/png64/emblem-tesla.png?url";
import emTsmc from "../../../assets/images/png64/emblem-tsmc.png?url";
import emSamsung from "../../../assets/images/png64/emblem-samsung.png?url";
import emChina from "../../../assets/images/png64/emblem-china.png?url";

export const MAP_URL = mapUrl;

export const ICONS: Record<string, string> = {
  "fab-logic": fabLogic, "fab-dram": fabDram, "fab-building": fabBuilding,
  "power-grid": powerGrid, "power-solar": powerSolar, "power-turbine": powerTurbine,
  "orbit-satellite": orbitSat, rocket, "edge-car": edgeCar, warehouse,
  "tool-euv": toolEuv, "tool-generic": toolGeneric, vendor,
  "emblem-tesla": emTesla, "emblem-tsmc": emTsmc, "emblem-samsung": emSamsung, "emblem-china": emChina,
};
