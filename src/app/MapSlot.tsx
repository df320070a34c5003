import { useCallback, useEffect, useRef, useState } from "react";
import { useT } from "../i18n/use-t";
import { setMapStatus } from "../state/actions";
import { useExplorerStore } from "../state/store";
import { EmptyMonthNote } from "../ui/EmptyMonthNote";
import { HoverCard } from "../ui/HoverCard";
import { LinkNotice } from "../ui/LinkNotice";
import { PlaceChooser } from "../ui/PlaceChooser";
import { DataView } from "../ui/table/DataView";
import { canDrawMap, LoadedMapView } from "./LoadedMapView";
import { MapErrorBoundary } from "./MapErrorBoundary";
import { useNearViewport } from "./use-near-viewport";


/** A lost context is rebuilt after a short pause (a GPU reset takes a moment); this many losses a minute and the map gives up. */
const REBUILD_DELAY_MS = 400;
const MAX_LOSSES = 3;
const LOSS_WINDOW_MS = 60_000;

/**
 * The map, once the slot is near the viewport, with what floats over it and the
 * table that stands in for it. Without WebGL 2 the table is shown at once; when the WebGL context
 * is lost the map is built again, with the month, metric, selection and camera the store kept.
 */
export function MapSlot({ className, children }: { className: string; children?: React.ReactNode }) {
  const t = useT();
  const mapStatus = useExplorerStore((s) => s.mapStatus);
  const ref = useRef<HTMLElement>(null);
  const near = useNearViewport(ref);
  const [generation, setGeneration] = useState(0);
  const [rebuilding, setRebuilding] = useState(false);
  const losses = useRef<number[]>([]);

  useEffect(() => {
    // Asking the API for its constructor costs nothing; creating a context only to test it would.
    if (!canDrawMap) setMapStatus("unavailable");
  }, []);

  const onContextLost = useCallback(() => {
    const now = performance.now();
    losses.current = [...losses.current.filter((at) => now - at < LOSS_WINDOW_MS), now];
    if (losses.current.length > MAX_LOSSES) {
      setMapStatus("failing");
      return;
    }
    setRebuilding(true);
    window.setTimeout(() => {
      setGeneration((g) => g + 1);
      setRebuilding(false);
    }, REBUILD_DELAY_MS);
  }, []);

  // The basemap does not wait for the package: the package's layers join the map when it arrives.
  const drawMap = mapStatus === "ok";
  return (
    <main className={className} ref={ref}>
      {drawMap && near && !rebuilding ? (
        <MapErrorBoundary>
          <LoadedMapView key={generation} onContextLost={onContextLost} />
        </MapErrorBoundary>
      ) : null}
      {drawMap && !near ? <p className="map-placeholder">{t("embed.loadsWhenVisible")}</p> : null}
      {rebuilding ? (
        <p className="map-placeholder" role="status">
          {t("map.lost")}
        </p>
      ) : null}
      <DataView />
      <HoverCard />
      <PlaceChooser />
      <EmptyMonthNote />
      <LinkNotice />
      {children}
    </main>
  );
}
