import { FLOW_STATE } from "../../state/selectors/flow-state";

/*
 * Markers (place symbols, the totals' circles, corridor arrowheads) drawn by the arcs' own program,
 * as distance fields in a screen-facing square. MapLibre would draw them with its circle and icon
 * programs, which the basemap does not use: on a machine without a GPU, compiling those two costs a
 * reader's first view more main-thread time than anything else we draw (`npm run bench`). The same
 * program with a `markers` switch costs no second compile, as luma.gl reuses the pipeline.
 */

/** The outlines of markers, as the shader knows them (first byte of the style attribute). */
export const MARKER_SHAPE = { circle: 0, square: 1, arrow: 2 } as const;
/** Details of a marker, added together (second byte of the style attribute). */
export const MARKER_FLAG = { dashed: 1, dot: 2 } as const;

/** Half the arrowhead's base, as a share of its half-height (the painted arrow's proportions). */
export const ARROW_HALF_BASE = 6 / 5.5;
/** Outline widths reach the shader as bytes, in these steps per pixel. */
export const STROKE_STEPS = 50;
const halfBase = ARROW_HALF_BASE.toFixed(4);

/** Declarations and a function for the vertex shader; `flowArcs`, `project` and the instance attributes come from it. */
export const markerVertexPart = /* glsl */ `\
in vec4 instanceLineColors;
in vec4 instanceMarkerStyles;
out vec4 vLineColor;
out vec2 vLocal;
out vec4 vMarker;

// One corner of a square around the marker (a triangle strip of 4), moved by its offset
// (instanceTargetCommon, pixels right and forward) and turned by its rotation (instanceTilts,
// degrees clockwise from north), in pixels that face the screen. The style comes as bytes:
// shape, flags, outline width in STROKE_STEPS a pixel, opacity × 255.
void markerVertex() {
  float radius = mix(instanceWidthFrom, instanceWidthTo, flowArcs.mixFactor);
  float stroke = instanceMarkerStyles.z / ${STROKE_STEPS}.0;
  if (abs(instanceFlowState - ${FLOW_STATE.highlighted}.0) < 0.5) stroke *= 2.0;
  bool hidden = radius <= 0.0 || abs(instanceFlowState - ${FLOW_STATE.hidden}.0) < 0.5;
  bool arrow = abs(instanceMarkerStyles.x - 2.0) < 0.5;
  float extent = hidden ? 0.0 : (arrow ? radius * ${halfBase} : radius + stroke) + 1.0;
  vec2 corner = vec2(gl_VertexID % 2 == 0 ? -1.0 : 1.0, gl_VertexID < 2 ? -1.0 : 1.0);
  vLocal = corner * extent;
  float turn = radians(instanceTilts);
  vec2 moved = vLocal + instanceTargetCommon;
  vec2 turned = vec2(moved.x * cos(turn) + moved.y * sin(turn), -moved.x * sin(turn) + moved.y * cos(turn));
  vec4 centre = project_common_position_to_clipspace(vec4(instanceSourceCommon - project.commonOrigin.xy, 0.0, 1.0));
  gl_Position = centre + vec4(project_pixel_size_to_clipspace(turned), 0.0, 0.0);

  float fade = layer.opacity * instanceMarkerStyles.w / 255.0 * (abs(instanceFlowState - ${FLOW_STATE.dimmed}.0) < 0.5 ? 0.16 : 1.0);
  vColor = vec4(instanceColors.rgb, instanceColors.a * fade);
  vLineColor = vec4(instanceLineColors.rgb, instanceLineColors.a * fade);
  vMarker = vec4(instanceMarkerStyles.x, radius, stroke, instanceMarkerStyles.y);
  vAlongPixels = 0.0;
  picking_setPickingColor(vec3(0.0));
}
`;

/** Declarations and a function for the fragment shader: the marker's colour at this pixel. */
export const markerFragmentPart = /* glsl */ `\
in vec4 vLineColor;
in vec2 vLocal;
in vec4 vMarker;

// Coverage of "distance below edge", smoothed over about one device pixel.
float inside(float distance, float edge, float smoothing) {
  return 1.0 - smoothstep(edge - smoothing, edge + smoothing, distance);
}

vec4 markerColor() {
  float shape = vMarker.x;
  float radius = vMarker.y;
  float stroke = vMarker.z;
  float flags = vMarker.w;
  float smoothing = 0.5 * length(fwidth(vLocal));
  if (abs(shape - 2.0) < 0.5) {
    // An arrowhead pointing up: its apex at +radius, its base at -radius.
    float base = -vLocal.y - radius;
    float side = (abs(vLocal.x) - (radius - vLocal.y) * ${halfBase} / 2.0) / length(vec2(1.0, ${halfBase} / 2.0));
    return vec4(vColor.rgb, vColor.a * inside(max(base, side), 0.0, smoothing));
  }
  float d = abs(shape - 1.0) < 0.5 ? max(abs(vLocal.x), abs(vLocal.y)) : length(vLocal);
  float fill = inside(d, radius, smoothing);
  float ring = clamp(inside(d, radius + stroke, smoothing) - fill, 0.0, 1.0);
  // Eight dashes around the outline mark a position that is approximate.
  if (mod(flags, 2.0) > 0.5 && cos(atan(vLocal.y, vLocal.x) * 8.0) < -0.2) ring = 0.0;
  if (mod(floor(flags / 2.0), 2.0) > 0.5) {
    float dot = inside(d, (radius + stroke) * 0.38, smoothing);
    fill = max(fill - dot, 0.0);
    ring = max(ring, dot);
  }
  float fillAlpha = vColor.a * fill;
  float ringAlpha = vLineColor.a * ring;
  // The fill and the outline cover apart from each other (the outline is what lies beyond the fill).
  float alpha = fillAlpha + ringAlpha;
  if (alpha <= 0.0) return vec4(0.0);
  return vec4((vColor.rgb * fillAlpha + vLineColor.rgb * ringAlpha) / alpha, alpha);
}
`;
