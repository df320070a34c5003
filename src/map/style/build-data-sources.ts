import type { Frames } from "../../data/frames/build-frames";
import type { CompiledPackage, Place } from "../../data/model";
import { flowColor, type ColorBy, type Theme } from "../layers/palette";
import { groupAnchors } from "./feature-states";
import {
  anchorsCollection,
  corridorEndsCollection,
  corridorsCollection,
  drawnPlaces,
  placesCollection,
  routesCollection,
  totalsCollection,
  zonesCollection,
} from "./data-sources";
import type { DataSources } from "./with-data-layers";

export interface SourceWords {
  /** "<country> and beyond": where a corridor's figure stops being specific */
  andBeyond: (country: string) => string;
  placeName: (place: Place) => string;
}

/** The country's own name from its anchor in the package, else its code. */
function countryName(data: CompiledPackage, iso3: string, words: SourceWords): string {
  const anchor = data.places.find((p) => p.kind === "country" && p.country === iso3);
  return anchor ? words.placeName(anchor) : iso3;
}

/** Everything the MapLibre layers draw for one metric, theme and colour scheme. */
export function buildDataSources(data: CompiledPackage, frames: Frames, metric: string, theme: Theme, colorBy: ColorBy, words: SourceWords): DataSources {
  const corridors = frames.corridors.get(metric)?.items ?? [];
  const flows = frames.flows.get(metric)?.items ?? [];
  const places = new Map(data.places.map((p) => [p.id, p]));
  const colorOf = (c: (typeof corridors)[number]) => flowColor(theme, colorBy, c);
  const anchors = groupAnchors(flows, (id) => {
    const place = places.get(id);
    return place?.kind === "group" ? words.placeName(place) : undefined;
  });
  return {
    zones: zonesCollection(data.zones),
    routes: routesCollection(data.routes),
    places: placesCollection(drawnPlaces(data.places, data.dataset.kinds.place), words.placeName),
    corridors: corridorsCollection(corridors, colorOf),
    corridorEnds: corridorEndsCollection(
      corridors,
      (c) => {
        const destination = places.get(c.destination);
        // A figure for one partner says where it ends; one for all partners ends "beyond" the border.
        if (destination && destination.kind !== "group") return words.placeName(destination);
        return c.beyondCountry ? words.andBeyond(countryName(data, c.beyondCountry, words)) : "";
      },
      colorOf,
    ),
    totals: totalsCollection(frames.totals.get(metric)?.items ?? []),
    anchors: anchorsCollection(anchors),
  };
}
