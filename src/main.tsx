import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { startExplorer } from "./app/start";
import "./styles/base.css";
import "./styles/panel.css";
import "./styles/timeline.css";
import "./styles/table.css";
import "./styles/embed.css";
import "./styles/phone.css";

startExplorer();
const root = document.getElementById("root");
// No <StrictMode>: its development-only unmount/remount of effects removes and re-adds the deck.gl
// overlay, and luma.gl refuses to attach a second device to MapLibre's WebGL context, so `npm start`
// would show a map without arcs.
if (root) createRoot(root).render(<App />);
