/**
 * Web Mercator as MapLibre draws it (512-pixel world at zoom 0), so a test can find where a place
 * is on screen from the view the explorer opens on, without reaching into the app.
 */
export function project(lonLat: [number, number], view: { center: [number, number]; zoom: number; width: number; height: number; left?: number; top?: number }): { x: number; y: number } {
  const scale = 512 * 2 ** view.zoom;
  const mx = (lon: number) => ((lon + 180) / 360) * scale;
  const my = (lat: number) => {
    const s = Math.sin((lat * Math.PI) / 180);
    return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
  };
  return {
    x: (view.left ?? 0) + view.width / 2 + mx(lonLat[0]) - mx(view.center[0]),
    y: (view.top ?? 0) + view.height / 2 + my(lonLat[1]) - my(view.center[1]),
  };
}
