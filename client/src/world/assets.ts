// Images the world scene draws, loaded by Phaser from the built asset URLs.
import mapUrl from "../../../assets/images/world-map.webp?url";
import fabLogic from "../../../assets/images/site-fab-logic.svg?url";
import fabDram from "../../../assets/images/site-fab-dram.svg?url";
import fabBuilding from "../../../assets/images/site-fab-building.svg?url";
import powerGrid from "../../../assets/images/power-grid.svg?url";
import powerSolar from "../../../assets/images/power-solar.svg?url";
import powerTurbine from "../../../assets/images/power-turbine.svg?url";
import orbitSat from "../../../assets/images/orbit-satellite.svg?url";
import rocket from "../../../assets/images/launch-rocket.svg?url";
import edgeCar from "../../../assets/images/edge-car.svg?url";
import warehouse from "../../../assets/images/warehouse.svg?url";
import toolEuv from "../../../assets/images/tool-euv.svg?url";
import toolGeneric from "../../../assets/images/tool-generic.svg?url";
import vendor from "../../../assets/images/vendor.svg?url";
import emTesla from "../../../assets/images/emblem-tesla.svg?url";
import emTsmc from "../../../assets/images/emblem-tsmc.svg?url";
import emSamsung from "../../../assets/images/emblem-samsung.svg?url";
import emChina from "../../../assets/images/emblem-china.svg?url";

export const MAP_URL = mapUrl;

export const ICONS: Record<string, string> = {
  "fab-logic": fabLogic, "fab-dram": fabDram, "fab-building": fabBuilding,
  "power-grid": powerGrid, "power-solar": powerSolar, "power-turbine": powerTurbine,
  "orbit-satellite": orbitSat, rocket, "edge-car": edgeCar, warehouse,
  "tool-euv": toolEuv, "tool-generic": toolGeneric, vendor,
  "emblem-tesla": emTesla, "emblem-tsmc": emTsmc, "emblem-samsung": emSamsung, "emblem-china": emChina,
};
