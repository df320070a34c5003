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

/**
 * Where deck.gl's ArcLayer draws a point of an arc on a flat map (our arcs: tilt 20°, height 0.45,
 * both ends on the ground), at a fraction `t` of the way. The arc leans to one side of the chord;
 * which side depends on the projection's axes, so both candidates are returned.
 */
export function arcPoints(
  source: [number, number],
  target: [number, number],
  t: number,
  view: Parameters<typeof project>[1],
  shape = { tilt: 20, height: 0.45 },
): { x: number; y: number }[] {
  const a = project(source, view);
  const b = project(target, view);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const distance = Math.hypot(dx, dy);
  const z = Math.sqrt(t * (1 - t)) * distance * shape.height;
  const lean = z * Math.sin((shape.tilt * Math.PI) / 180);
  const mid = { x: a.x + dx * t, y: a.y + dy * t };
  const nx = -dy / distance;
  const ny = dx / distance;
  return [
    { x: mid.x + nx * lean, y: mid.y + ny * lean },
    { x: mid.x - nx * lean, y: mid.y - ny * lean },
  ];
}
