// In a match the toasts sit in the map's top-left corner, the North Pacific and the orbit band,
// where nothing of the game is drawn, and never reach past the map's middle. A fixed spot on the
// screen put them over East Asia's fab columns (Korea's grows upwards into it) and over the factor
// banner's lower edge.
export function anchorToasts(map: HTMLElement): () => void {
  const place = () => {
    const root = document.getElementById("toasts");
    if (!root) return;
    const r = map.getBoundingClientRect();
    root.style.setProperty("--map-top", `${Math.round(r.top)}px`);
    root.style.setProperty("--map-left", `${Math.round(r.left)}px`);
    root.style.setProperty("--map-width", `${Math.round(r.width)}px`);
  };
  const seen = new ResizeObserver(place);
  seen.observe(map);
  window.addEventListener("resize", place);
  place();
  return () => {
    seen.disconnect();
    window.removeEventListener("resize", place);
    const root = document.getElementById("toasts");
    root?.style.removeProperty("--map-top");
    root?.style.removeProperty("--map-left");
    root?.style.removeProperty("--map-width");
  };
}
