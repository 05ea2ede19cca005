// The class code, the join link and its QR code, large enough for the back row.
import { tr } from "../i18n";
import { h, svg } from "../ui/dom";
import { encodeQr, qrPath } from "./qr";

export function joinLink(code: string): string {
  return `${location.origin}/?class=${code}`;
}

export function joinPanel(code: string): HTMLElement {
  const link = joinLink(code);
  const { viewBox, d } = qrPath(encodeQr(link));
  const qr = svg("svg", { viewBox, class: "qr", role: "img", "aria-label": tr("teach.qr", { link }), "data-testid": "class-qr", "shape-rendering": "crispEdges" },
    svg("rect", { x: 0, y: 0, width: "100%", height: "100%", fill: "#ffffff" }),
    svg("path", { d, fill: "#000000" }));
  return h("section", { class: "box join-panel" },
    h("div", {},
      h("p", { class: "card-label" }, tr("class.code")),
      h("p", { class: "class-code", testid: "class-code" }, code),
      h("p", { class: "card-label" }, tr("teach.link")),
      h("p", {}, h("a", { href: link, testid: "class-link", target: "_blank", rel: "noopener" }, link)),
      h("p", { class: "muted small" }, tr("teach.joinHow"))),
    qr);
}
