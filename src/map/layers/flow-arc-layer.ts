import { Layer, picking, project, type DefaultProps, type LayerProps, type UpdateParameters } from "@deck.gl/core";
import { Model } from "@luma.gl/engine";
import { flowArcsFragmentShader, flowArcsModule, flowArcsVertexShader, type FlowArcsUniforms } from "./flow-arc-shaders";

type BinaryAccessor = unknown;

export interface FlowArcLayerProps {
  getSourceCommon?: BinaryAccessor;
  getTargetCommon?: BinaryAccessor;
  getColor?: BinaryAccessor;
  getTilt?: BinaryAccessor;
  getWidthFrom?: BinaryAccessor;
  getWidthTo?: BinaryAccessor;
  getFlowState?: BinaryAccessor;
  /** Markers only: the outline's colour, and [shape, flags, outline × STROKE_STEPS, opacity × 255] as bytes (flow-marker-shaders.ts) */
  getLineColor?: BinaryAccessor;
  getMarkerStyle?: BinaryAccessor;
  /** Draw each instance as a marker at its source (radius from the widths, rotation from the tilt) instead of an arc */
  markers?: boolean;
  /** Segments per arc: ~24 at news-page zooms, more once a reader zooms in */
  numSegments?: number;
  /** Height of an arc's middle as a share of its length */
  arcHeight?: number;
  /** 0 → the "from" widths, 1 → the "to" widths */
  widthMix?: number;
  /** Seconds, for the moving dashes */
  dashTime?: number;
  animateDashes?: boolean;
}

const zero = { type: "accessor", value: 0 } as const;

const defaultProps: DefaultProps<FlowArcLayerProps> = {
  // Accessors only name the binary attributes: every arc's values come as typed arrays.
  getSourceCommon: { type: "accessor", value: [0, 0] },
  getTargetCommon: { type: "accessor", value: [0, 0] },
  getColor: { type: "accessor", value: [0, 0, 0, 255] },
  getTilt: zero,
  getWidthFrom: zero,
  getWidthTo: zero,
  getFlowState: zero,
  getLineColor: { type: "accessor", value: [0, 0, 0, 0] },
  getMarkerStyle: { type: "accessor", value: [0, 0, 0, 255] },
  markers: false,
  numSegments: { type: "number", value: 24, min: 2 },
  arcHeight: { type: "number", value: 0.45, min: 0 },
  widthMix: { type: "number", value: 1, min: 0, max: 1 },
  dashTime: { type: "number", value: 0 },
  animateDashes: false,
};

/**
 * Flow arcs drawn by our own small program (flow-arc-shaders.ts), with every input a binary
 * attribute (`data.attributes`, keyed by the accessor names below): source and target in common
 * space, one colour, tilt, the two months' pixel widths and the arc's state. A month step replaces
 * only the width buffers; easing, dashes, focus and filters happen in the shader. With `markers`
 * the same program draws place symbols, circles and arrowheads instead (markers-layer.ts): the
 * source is the marker's place, the target a pixel offset, the tilt its rotation, the widths its radius.
 *
 * Every instance of this layer is handed every attribute as an array, none as a constant: a
 * constant attribute is another vertex input state, and for each one SwiftShader (a reader without a
 * GPU) compiles the pipeline again, at a draw the page then waits for (`npm run bench`).
 */
export class FlowArcLayer extends Layer<FlowArcLayerProps & LayerProps> {
  static override layerName = "FlowArcLayer";
  static override defaultProps = defaultProps;

  declare state: { model?: Model };

  override getShaders(): ReturnType<Layer["getShaders"]> {
    return super.getShaders({ vs: flowArcsVertexShader, fs: flowArcsFragmentShader, modules: [project, picking, flowArcsModule] });
  }

  override initializeState(): void {
    this.getAttributeManager()?.addInstanced({
      instanceSourceCommon: { size: 2, accessor: "getSourceCommon" },
      instanceTargetCommon: { size: 2, accessor: "getTargetCommon" },
      instanceColors: { size: 4, type: "unorm8", accessor: "getColor", defaultValue: [0, 0, 0, 255] },
      instanceTilts: { size: 1, accessor: "getTilt" },
      instanceWidthFrom: { size: 1, accessor: "getWidthFrom" },
      instanceWidthTo: { size: 1, accessor: "getWidthTo" },
      instanceFlowState: { size: 1, accessor: "getFlowState" },
      instanceLineColors: { size: 4, type: "unorm8", accessor: "getLineColor", defaultValue: [0, 0, 0, 0] },
      instanceMarkerStyles: { size: 4, type: "uint8", accessor: "getMarkerStyle", defaultValue: [0, 0, 0, 255] },
    });
  }

  override updateState(params: UpdateParameters<this>): void {
    super.updateState(params);
    if (params.changeFlags.extensionsChanged || !this.state.model) {
      this.state.model?.destroy();
      this.state.model = new Model(this.context.device, {
        ...this.getShaders(),
        id: this.props.id,
        bufferLayout: this.getAttributeManager()?.getBufferLayouts() ?? [],
        topology: "triangle-strip",
        isInstanced: true,
      });
      this.getAttributeManager()?.invalidateAll();
    }
  }

  override draw(): void {
    const { model } = this.state;
    if (!model) return;
    const { numSegments = 24, arcHeight, widthMix, dashTime, animateDashes, markers } = this.props;
    const flowArcs: FlowArcsUniforms = {
      numSegments,
      height: arcHeight ?? 0.45,
      mixFactor: widthMix ?? 1,
      time: dashTime ?? 0,
      animate: animateDashes && !markers ? 1 : 0,
      markers: markers ? 1 : 0,
    };
    model.shaderInputs.setProps({ flowArcs });
    // A marker is one square (a strip of 4), an arc a strip of two vertices per segment.
    model.setVertexCount(markers ? 4 : numSegments * 2);
    model.draw(this.context.renderPass);
  }
}
