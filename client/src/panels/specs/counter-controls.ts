// China's counter-control: curb its solar exports, or lift the curb. What it slows and how the
// West answers are the engine's preview; who may give it is the engine's who-may table.
import type { FormSpec } from "../form";

export const curbSolarExports: FormSpec = {
  id: "curbSolarExports",
  title: "order.curbSolarExports",
  help: "order.curbSolarExports.help",
  fields: [
    // The box offers the change: curb while there is none, lift while it holds.
    { name: "on", label: "field.solarCurbOn", kind: "checkbox", follows: (ctx) => ctx.view.exportControls.solarCurb === null },
  ],
  build(v) {
    return { type: "curbSolarExports", on: Boolean(v.on) };
  },
};
