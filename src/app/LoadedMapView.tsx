import { useEffect, useState } from "react";
import type { MapView as MapViewComponent } from "../map/MapView";

type MapViewType = typeof MapViewComponent;

// The map (MapLibre + deck.gl) is most of the bytes: its download starts with the page, in parallel
// with the data (a lazy component alone would wait for its first render, after the data).
export const canDrawMap = typeof WebGL2RenderingContext !== "undefined";
const mapViewModule = canDrawMap ? import("../map/MapView") : null;
let loaded: MapViewType | null = null;

/**
 * The map view once its module is in. Not React.lazy with Suspense: React holds back a Suspense
 * boundary's content for up to 300 ms after its fallback showed, which delayed the map (and so the
 * basemap's worker and the first arcs) by that much on every load. A module that fails to load
 * throws here, inside the caller's error boundary, which says so.
 */
export function LoadedMapView(props: Parameters<MapViewType>[0]) {
  const [view, setView] = useState<{ component: MapViewType } | { failure: unknown } | null>(loaded ? { component: loaded } : null);
  useEffect(() => {
    if (loaded) return undefined;
    let live = true;
    (mapViewModule ?? import("../map/MapView")).then(
      (module) => {
        loaded = module.MapView;
        if (live) setView({ component: module.MapView });
      },
      (failure: unknown) => {
        if (live) setView({ failure });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  if (!view) return null;
  if ("failure" in view) throw view.failure instanceof Error ? view.failure : new Error(String(view.failure));
  const Loaded = view.component;
  return <Loaded {...props} />;
}
