import { SidePanel } from "../ui/SidePanel";
import { SourceLine } from "../ui/SourceLine";
import { StatusOverlay } from "../ui/StatusOverlay";
import { Timeline } from "../ui/Timeline";
import { DropZone } from "../ui/package/DropZone";
import { MapSlot } from "./MapSlot";

/** The whole page: map, side panel (a bottom sheet on phones) and timeline. */
export function FullLayout() {
  return (
    <>
      <MapSlot className="map-area">
        <div className="map-caption">
          <SourceLine />
        </div>
      </MapSlot>
      <SidePanel />
      <Timeline />
      <StatusOverlay />
      <DropZone />
    </>
  );
}
