// The map's box on screen, as CSS variables on the page's root (--map-top, --map-left,
// --map-width, and --map-bottom: from the map's lower edge to the window's), for the overlays that sit on the map rather than on the screen: the toasts in its
// top-left corner (the North Pacific and the orbit band, where nothing of the game is drawn; a fixed
// spot put them over Korea's fab column and the factor banner's lower edge), and a class's quick
// messages and the teacher's pause banner centred on it (centred on the screen, the quick messages
// covered the side panel's text and the pause banner the factor banner's last line).
export function publishMapBox(map: HTMLElement): () => void {
  const root = document.documentElement;
  const place = () => {
    const r = map.getBoundingClientRect();
    root.style.setProperty("--map-top", `${Math.round(r.top)}px`);
    root.style.setProperty("--map-left", `${Math.round(r.left)}px`);
    root.style.setProperty("--map-width", `${Math.round(r.width)}px`);
    root.style.setProperty("--map-bottom", `${Math.round(window.innerHeight - r.bottom)}px`);
  };
  const seen = new ResizeObserver(place);
  seen.observe(map);
  window.addEventListener("resize", place);
  place();
  return () => {
    seen.disconnect();
    window.removeEventListener("resize", place);
    for (const v of ["--map-top", "--map-left", "--map-width", "--map-bottom"]) root.style.removeProperty(v);
  };
}
