import { PathStyleExtension, type PathStyleExtensionProps } from "@deck.gl/extensions";
import { PathLayer } from "@deck.gl/layers";
import type { Position } from "geojson";
import type { Route } from "../../data/model";
import { ROUTE_COLORS, type Theme } from "./palette";

export const ROUTES_LAYER_ID = "routes";

export interface DrawnRoute {
  route: Route;
  path: [number, number][];
}

const toPath = (line: Position[]): [number, number][] => line.map((p) => [p[0] ?? 0, p[1] ?? 0]);

export function drawnRoutes(routes: readonly Route[]): DrawnRoute[] {
  return routes.flatMap((route) =>
    route.geometry.type === "LineString" ? [{ route, path: toPath(route.geometry.coordinates) }] : route.geometry.coordinates.map((line) => ({ route, path: toPath(line) })),
  );
}

export const ROUTE_WIDTH_PX: Readonly<Record<Route["mode"], number>> = { rail: 2.5, road: 2, air: 1.5 };
/** Air routes are dashed great circles; lines under construction are dotted. */
export function routeDash(route: Route): [number, number] {
  if (route.status !== "operating") return [1, 2];
  return route.mode === "air" ? [6, 4] : [0, 0];
}

export interface RoutesLayerInput {
  routes: DrawnRoute[];
  theme: Theme;
  visible: boolean;
  highlightedId: string | null;
  beforeId?: string;
}

export function buildRoutesLayer(input: RoutesLayerInput): PathLayer<DrawnRoute, PathStyleExtensionProps<DrawnRoute>> {
  const colors = ROUTE_COLORS[input.theme];
  return new PathLayer<DrawnRoute, PathStyleExtensionProps<DrawnRoute>>({
    id: ROUTES_LAYER_ID,
    ...(input.beforeId ? { beforeId: input.beforeId } : {}),
    data: input.routes,
    visible: input.visible,
    getPath: (d) => d.path,
    getColor: (d) => colors[d.route.mode],
    getWidth: (d) => ROUTE_WIDTH_PX[d.route.mode] * (d.route.id === input.highlightedId ? 2 : 1),
    widthUnits: "pixels",
    capRounded: true,
    jointRounded: true,
    getDashArray: (d) => routeDash(d.route),
    dashJustified: true,
    extensions: [new PathStyleExtension({ dash: true })],
    updateTriggers: { getColor: input.theme, getWidth: input.highlightedId },
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 200, 0, 200],
    parameters: { depthWriteEnabled: false, depthCompare: "always" },
  });
}
