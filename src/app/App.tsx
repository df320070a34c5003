import { lazy, Suspense, useMemo } from "react";
import { strings } from "../i18n/strings";
import { useExplorerStore } from "../state/store";
import { HoverCard } from "../ui/HoverCard";
import { SidePanel } from "../ui/SidePanel";
import { StatusOverlay } from "../ui/StatusOverlay";
import { Timeline } from "../ui/Timeline";
import { MapErrorBoundary } from "./MapErrorBoundary";
import { supportsWebGL2 } from "./webgl";

// The map (MapLibre + deck.gl) is most of the bytes: load it in parallel with the data.
const MapView = lazy(() => import("../map/MapView").then((m) => ({ default: m.MapView })));

export function App() {
  const theme = useExplorerStore((s) => s.theme);
  const ready = useExplorerStore((s) => s.status.state === "ready");
  const webgl = useMemo(() => supportsWebGL2(), []);
  return (
    <div className={`app theme-${theme}`}>
      <main className="map-area">
        {webgl ? (
          ready ? (
            <MapErrorBoundary>
              <Suspense fallback={null}>
                <MapView />
              </Suspense>
            </MapErrorBoundary>
          ) : null
        ) : (
          <div className="status-overlay error" role="alert">
            <p>{strings().webglMissing}</p>
          </div>
        )}
        <HoverCard />
      </main>
      <SidePanel />
      <Timeline />
      <StatusOverlay />
    </div>
  );
}
