import { SidePanel } from "../ui/SidePanel";
import { SkipLinks } from "../ui/SkipLinks";
import { SourceLine } from "../ui/SourceLine";
import { StatusOverlay } from "../ui/StatusOverlay";
import { Timeline } from "../ui/Timeline";
import { DropZone } from "../ui/package/DropZone";
import { MapSlot } from "./MapSlot";

/**
 * The whole page: the panel (title, metric, legend, details; a bottom sheet on phones), the map
 * with the table that can stand in for it, and the timeline. The panel comes first in the reading
 * and tab order; skip links lead past it.
 */
export function FullLayout() {
  return (
    <>
      <SkipLinks />
      <SidePanel />
      <MapSlot className="map-area">
        <div className="map-caption">
          <SourceLine />
        </div>
      </MapSlot>
      <Timeline />
      <StatusOverlay />
      <DropZone />
    </>
  );
}
