import { lazy, Suspense } from "react";
import { useT } from "../i18n/use-t";
import { useExplorerStore } from "../state/store";
import { HoverCard } from "../ui/HoverCard";
import { LinkNotice } from "../ui/LinkNotice";
import { SourceLine } from "../ui/SourceLine";
import { PlaceChooser } from "../ui/PlaceChooser";
import { SidePanel } from "../ui/SidePanel";
import { StatusOverlay } from "../ui/StatusOverlay";
import { Timeline } from "../ui/Timeline";
import { MapErrorBoundary } from "./MapErrorBoundary";
import { useUrlSync } from "./use-url-sync";
import { supportsWebGL2 } from "./webgl";

// The map (MapLibre + deck.gl) is most of the bytes: load it in parallel with the data.
const MapView = lazy(() => import("../map/MapView").then((m) => ({ default: m.MapView })));
const webgl = supportsWebGL2();

export function App() {
  useUrlSync();
  const t = useT();
  const theme = useExplorerStore((s) => s.theme);
  const lang = useExplorerStore((s) => s.lang);
  const ready = useExplorerStore((s) => s.status.state === "ready");
  return (
    <div className={`app theme-${theme}`} lang={lang === "zh" ? "zh-Hans" : lang}>
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
            <p>{t("app.webglMissing")}</p>
          </div>
        )}
        <HoverCard />
        <PlaceChooser />
        <LinkNotice />
        <div className="map-caption">
          <SourceLine />
        </div>
      </main>
      <SidePanel />
      <Timeline />
      <StatusOverlay />
    </div>
  );
}
