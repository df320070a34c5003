import { lazy, Suspense, useRef } from "react";
import { useT } from "../i18n/use-t";
import { useExplorerStore } from "../state/store";
import { HoverCard } from "../ui/HoverCard";
import { LinkNotice } from "../ui/LinkNotice";
import { PlaceChooser } from "../ui/PlaceChooser";
import { MapErrorBoundary } from "./MapErrorBoundary";
import { useNearViewport } from "./use-near-viewport";
import { supportsWebGL2 } from "./webgl";

// The map (MapLibre + deck.gl) is most of the bytes: load it in parallel with the data.
const MapView = lazy(() => import("../map/MapView").then((m) => ({ default: m.MapView })));
const webgl = supportsWebGL2();

/** The map, once the data is in and the slot is near the viewport, with what floats over it. */
export function MapSlot({ className, children }: { className: string; children?: React.ReactNode }) {
  const t = useT();
  // The map stays while another package is being checked: only the first load waits for data.
  const ready = useExplorerStore((s) => s.data !== null);
  const ref = useRef<HTMLElement>(null);
  const near = useNearViewport(ref);
  return (
    <main className={className} ref={ref}>
      {webgl ? (
        ready && near ? (
          <MapErrorBoundary>
            <Suspense fallback={null}>
              <MapView />
            </Suspense>
          </MapErrorBoundary>
        ) : ready ? (
          <p className="map-placeholder">{t("embed.loadsWhenVisible")}</p>
        ) : null
      ) : (
        <div className="status-overlay error" role="alert">
          <p>{t("app.webglMissing")}</p>
        </div>
      )}
      <HoverCard />
      <PlaceChooser />
      <LinkNotice />
      {children}
    </main>
  );
}
